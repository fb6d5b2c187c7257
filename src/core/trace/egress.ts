import type { Locale } from '../i18n/locale';
import { render } from '../i18n/text';
import { outboundOf, type VmOutbound } from '../outbound/outbound';
import type { LbTopology } from '../topology/schema';

// The traced VM's path to the internet, from core/outbound: a trace never re-derives it, and its words are rendered
// in the trace's language like every other note, so the CLI, the Trace tab and the diagram print it as it is.

/** The traced VM's outbound path, with its reason rendered in the trace's language (`note`). */
export interface Egress extends VmOutbound {
  note: string;
}

/**
 * The outbound path of a traced VM, or undefined when the topology has no VM of that name.
 * @example egressOf(internalLb, 'VM1')?.kind // 'none'
 */
export function egressOf(topology: LbTopology, vm: string, locale: Locale = 'en'): Egress | undefined {
  const path = outboundOf(topology, vm);
  return path ? { ...path, note: render(path.text, locale) } : undefined;
}

/**
 * True when the VM's primary IP reaches the internet at all.
 * @example hasEgress({ kind: 'none' }) // false
 */
export function hasEgress(egress: Pick<VmOutbound, 'kind'> | undefined): boolean {
  return egress !== undefined && egress.kind !== 'none';
}

/** The egress as JSON output shows it: the text's words (`message`, in the trace's language) in place of the text. */
export type PublicEgress = Omit<Egress, 'text' | 'note'> & { message: string };

/**
 * The egress for `--json`: plain values, the reason as words.
 * @example publicEgress(egress).message // 'VM1 has no outbound path to the internet: …'
 */
export function publicEgress({ text: _text, note, ...rest }: Egress): PublicEgress {
  return { ...rest, message: note };
}

/**
 * One line for a terminal: the method, the NIC's primary IP, the address the internet sees and the rule that gives it.
 * @example egressSummary(egress) // 'outbound-rule from 10.0.0.4 as 203.0.113.2 (rule egress, All)'
 */
export function egressSummary(e: VmOutbound): string {
  const as = e.publicIp ? ` as ${e.publicIp}` : '';
  const via = e.via ? ` (rule ${e.via}${e.protocol ? `, ${e.protocol}` : ''})` : '';
  return `${e.kind} from ${e.nicIp}${as}${via}`;
}
