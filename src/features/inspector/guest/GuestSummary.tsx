import { useId, useMemo } from 'react';
import { designGuestSummary, guestSummary } from '../../../core/guest/summary';
import { render } from '../../../core/i18n/text';
import { useAnalysisState } from '../../../store/analysis';
import { lbView } from '../../../core/topology/design';
import { lbsOfVm } from '../../../core/topology/lbsOfVm';
import { useLbTopology } from '../../../store/lbFocus';
import { useTopologyStore } from '../../../store/topologyStore';
import { useUiStore } from '../../../store/uiStore';
import { useLanguage, useT } from '../../../i18n/useT';
import { Button } from '../../../lib/ui/Button';
import { Callout } from '../../../lib/ui/Callout';
import { Endpoint } from '../../../lib/ui/Endpoint';
import { messages } from './messages';
import { summaryView, type SummaryLine } from './summaryView';

/**
 * A VM's answer: the addresses its guest must hold, what it listens on, the probes it answers and its script, with
 * a "Get script" that opens the Scripts tab on it. Computed when the VM is shown, from the analysis already made.
 */
export function GuestSummary({ vm }: { vm: string }) {
  const t = useT(messages);
  const language = useLanguage();
  const headingId = useId();
  const topology = useTopologyStore((s) => s.topology);
  const focused = useLbTopology().loadBalancer.name;
  const state = useAnalysisState();
  const openScript = useUiStore((s) => s.openScript);
  // Rows of an earlier topology may name rules or VMs that no longer exist: only the current analysis is summarised.
  const current = state.status === 'current' ? state.analysis : undefined;
  const summary = useMemo(() => {
    if (!current || !topology.vms.some((v) => v.name === vm)) return undefined;
    // Behind several load balancers, one summary of what all of them need (as its one script has it).
    const behind = lbsOfVm(topology, vm);
    if (behind.length > 1) return designGuestSummary(topology, vm);
    const lb = behind.includes(focused) ? focused : (behind[0] ?? focused);
    const part = current.parts.find((p) => p.loadBalancer === lb);
    return part ? guestSummary(lbView(topology, lb), part.analysis, vm) : undefined;
  }, [current, topology, vm, focused]);
  const view = summary && summaryView(summary, t, language);
  return (
    <section className="inspector-guest" aria-labelledby={headingId} data-vm={vm}>
      <h3 id={headingId} className="inspector__subtitle">
        {t('guestTitle', { vm })}
      </h3>
      {!summary || !view ? (
        <p className="inspector__note">{t('guestWaiting')}</p>
      ) : (
        <>
          {view.notice && <p className="inspector__note">{view.notice}</p>}
          <dl className="inspector-guest__facts">
            {summary.holder !== undefined && (
              <>
                <Group label={t('guestHolds')} lines={view.holds} empty={view.holdsNone} kind="holds" />
                <Group label={t('guestListens')} lines={view.listens} kind="listens" />
                <Group label={t('guestProbes')} lines={view.probes} empty={t('noProbePorts')} kind="probes" />
              </>
            )}
            <div className="inspector-guest__group" data-fact="script">
              <dt>{t('guestScript')}</dt>
              <dd>
                <span className="inspector-guest__value">{view.script}</span>{' '}
                <Button variant="link" className="inspector-guest__get" onClick={() => openScript(vm)}>
                  {t('getScript')}
                </Button>
              </dd>
              {summary.script.refused && (
                <dd>
                  <Callout tone="warning">{render(summary.script.refused, language)}</Callout>
                </dd>
              )}
            </div>
          </dl>
        </>
      )}
    </section>
  );
}

/** One fact: its label, then a line per address or endpoint, or the sentence that says why there is none. */
function Group({ label, lines, empty, kind }: { label: string; lines: readonly SummaryLine[]; empty?: string; kind: string }) {
  if (lines.length === 0 && !empty) return null;
  return (
    <div className="inspector-guest__group" data-fact={kind}>
      <dt>{label}</dt>
      {lines.length === 0 ? (
        <dd className="inspector__note">{empty}</dd>
      ) : (
        lines.map((l, i) => (
          <dd key={`${l.value}\u0000${i}`}>
            <Endpoint>{l.value}</Endpoint> <span className="inspector-guest__note">{l.note}</span>
          </dd>
        ))
      )}
    </div>
  );
}
