import type { ElementRef } from '../../core/diagnostics/diagnostic';
import type { BackendPool, Frontend, InboundNatRule, Probe, Rule, LbTopology, Vm } from '../../core/topology/schema';

/** The inspected element, with its position in its list (stable across renames, so forms keep focus). */
export type Inspected =
  | { kind: 'frontend'; index: number; element: Frontend }
  | { kind: 'rule'; index: number; element: Rule }
  | { kind: 'natRule'; index: number; element: InboundNatRule }
  | { kind: 'backendPool'; index: number; element: BackendPool }
  | { kind: 'vm'; index: number; element: Vm }
  | { kind: 'probe'; index: number; element: Probe }
  | { kind: 'loadBalancer'; index: 0; element: LbTopology['loadBalancer'] };

type ListedKind = Exclude<Inspected['kind'], 'loadBalancer'>;

/** The list each kind of element lives in (a topology without inbound NAT rules has none). */
const LISTS: { [K in ListedKind]: (t: LbTopology) => readonly Extract<Inspected, { kind: K }>['element'][] } = {
  frontend: (t) => t.frontends,
  rule: (t) => t.rules,
  natRule: (t) => t.inboundNatRules ?? [],
  backendPool: (t) => t.backendPools,
  vm: (t) => t.vms,
  probe: (t) => t.probes,
};

/**
 * Finds the element a selection names, or undefined when it no longer exists (deleted, renamed elsewhere).
 * @example inspect(t, { kind: 'rule', name: 'rule2' }) // { kind: 'rule', index: 1, element: {...} }
 */
export function inspect(t: LbTopology, ref: ElementRef): Inspected | undefined {
  if (ref.kind === 'loadBalancer') return { kind: 'loadBalancer', index: 0, element: t.loadBalancer };
  const list: readonly { name: string }[] = LISTS[ref.kind](t);
  const index = list.findIndex((e) => e.name === ref.name);
  // The element came from LISTS[ref.kind], so it is that kind's element: TypeScript cannot pair the two itself.
  return index < 0 ? undefined : ({ kind: ref.kind, index, element: list[index]! } as Inspected);
}
