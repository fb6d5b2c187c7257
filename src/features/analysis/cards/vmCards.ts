// The phone's mapping: one sentence per VM instead of a 700-px table, phrased from the core's guest summary
// (core/guest/summary.ts), the same facts the inspector and the Scripts tab show.
import type { GuestSummary } from '../../../core/guest/summary';
import { formatList } from '../../../core/i18n/list';
import type { Locale } from '../../../core/i18n/locale';
import type { en } from './messages.en';

type T = (key: keyof typeof en, params?: Record<string, string | number>) => string;

/**
 * One VM's card sentence, e.g. "VM1 holds 65.52.0.1 and 65.52.0.2 on a loopback, listens on :80, probes on :8081 and :8082."
 * @example cardSentence(guestSummary(t, a, 'VM1'), t, 'en')
 */
export function cardSentence(s: GuestSummary, t: T, locale: Locale): string {
  if (s.holder === undefined) return t('cardNothing', { vm: s.vm });
  const list = (items: readonly string[]) => formatList(items, locale, 6, true);
  const parts: string[] = [];
  const loopback = s.addresses.filter((a) => a.on === 'loopback').map((a) => a.ip);
  const cluster = s.addresses.filter((a) => a.on === 'cluster').map((a) => a.ip);
  if (loopback.length) parts.push(t('cardHoldsLoopback', { vm: s.vm, ips: list(loopback) }));
  if (cluster.length) parts.push(t('cardHoldsCluster', { vm: s.vm, ips: list(cluster) }));
  if (!parts.length)
    parts.push(
      s.gateway
        ? t('cardGateway', { vm: s.vm })
        : s.holder === 'appliance'
          ? t('cardForwards', { vm: s.vm })
          : t('cardNic', { vm: s.vm, ip: s.nic.ip }),
    );
  // An appliance forwards: nothing of its own listens on the forwarded ports.
  const listened = s.listens.filter((l) => l.on !== 'none');
  if (listened.length) parts.push(t('cardListens', { ports: list(unique(listened.map((l) => portText(l.port, t)))) }));
  if (s.probes.length) parts.push(t('cardProbes', { ports: list(unique(s.probes.map((p) => portText(p.port, t)))) }));
  const [a, b, c, ...rest] = parts;
  if (rest.length || c !== undefined) return t('cardJoin3', { a: a!, b: b!, c: [c, ...rest].join(t('cardComma')) });
  return b !== undefined ? t('cardJoin2', { a: a!, b }) : t('cardJoin1', { a: a! });
}

/** The port as a card says it: `:80`, or every port for an HA-ports rule. */
function portText(port: number, t: T): string {
  return port === 0 ? t('cardAllPorts') : `:${port}`;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * The VMs a card is shown for: those the mapping reaches (rows, then NAT rows), in the topology's VM order.
 * @example cardVms(t.vms, a.rows, a.natRows) // ['VM1', 'VM2']
 */
export function cardVms(vms: readonly { name: string }[], rows: readonly { vm: string }[], natRows: readonly { vm: string }[]): string[] {
  const reached = new Set<string>();
  for (let i = 0; i < rows.length; i++) reached.add(rows[i]!.vm);
  for (const r of natRows) reached.add(r.vm);
  return vms.map((v) => v.name).filter((n) => reached.has(n));
}

/**
 * Cards whose VM name or sentence contains every word of the filter, case-insensitively (the table's filter).
 * @example filterCards(cards, 'vm1 65.52') // VM1's card when it holds a 65.52 address
 */
export function filterCards<C extends { vm: string; sentence: string }>(cards: readonly C[], query: string): readonly C[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return cards;
  return cards.filter((c) => {
    const text = `${c.vm} ${c.sentence}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
