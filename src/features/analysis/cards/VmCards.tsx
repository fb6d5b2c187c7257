import { useEffect, useMemo, useRef, useState } from 'react';
import type { ElementRef } from '../../../core/diagnostics/diagnostic';
import { guestSummaries, type GuestSummary } from '../../../core/guest/summary';
import type { MappingRow } from '../../../core/mapping/mapping';
import type { NatMappingRow } from '../../../core/mapping/natMapping';
import { lbView } from '../../../core/topology/design';
import type { Topology } from '../../../core/topology/schema';
import type { LbPart } from '../../../core/validation/analyzeTopology';
import { useAnalysis } from '../../../store/analysis';
import { useTopologyStore } from '../../../store/topologyStore';
import { useShownLb } from '../lbRows';
import { useUiStore } from '../../../store/uiStore';
import { useLanguage, useT } from '../../../i18n/useT';
import { Button } from '../../../lib/ui/Button';
import { messages } from './messages';
import { cardSentence, cardVms, filterCards } from './vmCards';

/** VM cards shown at once, and added by "show more": each is a guest summary, planned from the VM's rows. */
const CARD_PAGE = 30;

interface VmCardsProps {
  rows: readonly MappingRow[];
  natRows: readonly NatMappingRow[];
  query: string;
  selectedVm: string | undefined;
  onSelect: (ref: ElementRef) => void;
}

/**
 * The Mapping tab on a phone: one card per VM the mapping reaches, saying what it holds, listens on and answers
 * (core/guest/summary), with its "Get script". Loaded on demand: only narrow screens need it.
 */
export function VmCards({ rows, natRows, query, selectedVm, onSelect }: VmCardsProps) {
  const t = useT(messages);
  const language = useLanguage();
  const topology = useTopologyStore((s) => s.topology);
  const names = useMemo(() => topology.loadBalancers.map((lb) => lb.name), [topology]);
  const shownLb = useShownLb(names);
  const { parts } = useAnalysis();
  const openScript = useUiStore((s) => s.openScript);
  const [limit, setLimit] = useState(CARD_PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  const vmNames = useMemo(() => cardVms(topology.vms, rows, natRows), [topology, rows, natRows]);
  // Without a filter only a page of VMs is planned; a filter reads every card's sentence. One shared index either way.
  const planned = useMemo(
    () => (query.trim() ? vmNames : pageWithSelectedVm(vmNames, limit, selectedVm)),
    [vmNames, query, limit, selectedVm],
  );
  const cards = useMemo(() => {
    if (parts.length < 2)
      return guestSummaries(lbView(topology, 0), { rows, natRows }, planned).map((s) => ({
        vm: s.vm,
        sentence: cardSentence(s, t, language),
      }));
    // Several load balancers: each VM's sentence per load balancer it is behind, each named.
    const shown = shownLb === undefined ? parts : parts.filter((p) => p.loadBalancer === shownLb);
    return cardsAcross(topology, shown, planned, (lb, s) => t('cardLb', { lb, sentence: cardSentence(s, t, language) }));
  }, [topology, parts, shownLb, rows, natRows, planned, t, language]);
  const shown = filterCards(cards, query);
  const page = query.trim() ? shown.slice(0, limit) : shown;

  useEffect(() => {
    if (selectedVm === undefined) return;
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedVm]);

  if (query.trim() && shown.length === 0) return <p className="analysis-empty">{t('cardsNoMatch', { query })}</p>;
  const total = query.trim() ? shown.length : vmNames.length;
  return (
    <>
      <ul ref={listRef} className="vm-cards" aria-label={t('cardsLabel')}>
        {page.map((c) => (
          <li
            key={c.vm}
            className={c.vm === selectedVm ? 'vm-card vm-card--selected' : 'vm-card'}
            aria-current={c.vm === selectedVm ? 'true' : undefined}
            data-vm={c.vm}
          >
            <p className="vm-card__title">
              <Button variant="link" onClick={() => onSelect({ kind: 'vm', name: c.vm })}>
                {c.vm}
              </Button>
            </p>
            <p className="vm-card__sentence">{c.sentence}</p>
            <Button size="sm" className="vm-card__script" aria-label={t('cardGetScriptFor', { vm: c.vm })} onClick={() => openScript(c.vm)}>
              {t('cardGetScript')}
            </Button>
          </li>
        ))}
      </ul>
      {total > limit && (
        <p className="analysis-more">
          {t('cardsMore', { shown: limit, n: total })}{' '}
          <Button variant="link" onClick={() => setLimit((l) => l + CARD_PAGE)}>
            {t('cardsShowMore', { n: Math.min(CARD_PAGE, total - limit) })}
          </Button>
        </p>
      )}
    </>
  );
}

/** The first `limit` names, and the selected VM after them when it is further down (selecting it shows its card). */
function pageWithSelectedVm(names: readonly string[], limit: number, selectedVm: string | undefined): string[] {
  const page = names.slice(0, limit);
  return selectedVm !== undefined && !page.includes(selectedVm) && names.includes(selectedVm) ? [...page, selectedVm] : page;
}

/** The cards of VMs behind several load balancers: each load balancer's summary of the VM, in the topology's order. */
function cardsAcross(
  topology: Topology,
  parts: readonly LbPart[],
  planned: readonly string[],
  sentence: (lb: string, s: GuestSummary) => string,
): { vm: string; sentence: string }[] {
  const byVm = new Map<string, string[]>();
  for (const p of parts) {
    const reached = new Set(cardVms(topology.vms, p.analysis.rows, p.analysis.natRows));
    const mine = planned.filter((vm) => reached.has(vm));
    for (const s of guestSummaries(lbView(topology, p.loadBalancer), p.analysis, mine)) {
      const lines = byVm.get(s.vm) ?? [];
      lines.push(sentence(p.loadBalancer, s));
      byVm.set(s.vm, lines);
    }
  }
  return planned.filter((vm) => byVm.has(vm)).map((vm) => ({ vm, sentence: byVm.get(vm)!.join(' ') }));
}
