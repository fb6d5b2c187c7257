import type { ElementRef } from '../../core/diagnostics/diagnostic';
import type { BackendPool, Frontend, InboundNatRule, Probe, Rule, Topology, Vm } from '../../core/topology/schema';

/** The inspected element, with its position in its list (stable across renames, so forms keep focus). */
export type Inspected =
  | { kind: 'frontend'; index: number; element: Frontend }
  | { kind: 'rule'; index: number; element: Rule }
  | { kind: 'natRule'; index: number; element: InboundNatRule }
  | { kind: 'backendPool'; index: number; element: BackendPool }
  | { kind: 'vm'; index: number; element: Vm }
  | { kind: 'probe'; index: number; element: Probe }
  | { kind: 'loadBalancer'; index: 0; element: Topology['loadBalancer'] };

/**
 * Finds the element a selection names, or undefined when it no longer exists (deleted, renamed elsewhere).
 * @example inspect(t, { kind: 'rule', name: 'rule2' }) // { kind: 'rule', index: 1, element: {...} }
 */
export function inspect(t: Topology, ref: ElementRef): Inspected | undefined {
  const find = <T extends { name: string }>(list: readonly T[]) => {
    const index = list.findIndex((e) => e.name === ref.name);
    return index < 0 ? undefined : { index, element: list[index]! };
  };
  switch (ref.kind) {
    case 'loadBalancer':
      return { kind: 'loadBalancer', index: 0, element: t.loadBalancer };
    case 'frontend': {
      const f = find(t.frontends);
      return f && { kind: 'frontend', ...f };
    }
    case 'rule': {
      const f = find(t.rules);
      return f && { kind: 'rule', ...f };
    }
    case 'natRule': {
      const f = find(t.inboundNatRules ?? []);
      return f && { kind: 'natRule', ...f };
    }
    case 'backendPool': {
      const f = find(t.backendPools);
      return f && { kind: 'backendPool', ...f };
    }
    case 'vm': {
      const f = find(t.vms);
      return f && { kind: 'vm', ...f };
    }
    case 'probe': {
      const f = find(t.probes);
      return f && { kind: 'probe', ...f };
    }
  }
}
