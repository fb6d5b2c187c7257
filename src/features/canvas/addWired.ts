import { connect } from '../../core/edit/connect';
import { addElement, newElement } from '../../core/edit/elements';
import { nodeId, type NodeKind } from '../../core/edit/ids';
import type { LbTopology } from '../../core/topology/schema';
import type { XY } from './layout';

/** The kinds a node can add and wire in one step: a rule for a frontend, a pool for a rule, a VM for a pool. */
export const WIRED_NEXT = { frontend: 'rule', rule: 'backendPool', backendPool: 'vm' } as const satisfies Partial<
  Record<NodeKind, NodeKind>
>;
export type WiredFrom = keyof typeof WIRED_NEXT;

/** Whether `kind` has an add-and-wire button. */
export function canAddWired(kind: NodeKind): kind is WiredFrom {
  return kind in WIRED_NEXT;
}

/**
 * One edit that adds the next element of the chain after `from` (with the palette's default name and values) at
 * `position`, and wires the two: the rule uses the frontend, the rule uses the new pool, the new VM joins the pool.
 * @example addWired(t, 'backendPool', 'pool', { x: 960, y: 200 }) // { topology: …VM3 in pool…, added: { kind: 'vm', name: 'VM3' } }
 */
export function addWired(
  t: LbTopology,
  from: WiredFrom,
  name: string,
  position: XY,
): { topology: LbTopology; added: { kind: NodeKind; name: string } } {
  const kind = WIRED_NEXT[from];
  const element = newElement(t, kind);
  const withIt = addElement(t, kind, element, position);
  // Every chain runs left to right, so the existing node is always the wire's source.
  return { topology: connect(withIt, nodeId(from, name), nodeId(kind, element.name)), added: { kind, name: element.name } };
}
