import { nodeId, type NodeKind } from '../../core/edit/ids';
import { layoutKey } from '../../core/topology/design';
import type { Hop, Stage } from '../../core/trace/trace';

/**
 * The canvas elements one traced flow passes through: frontend → rule → pool → VM, or frontend → NAT rule → VM; with
 * `loadBalancer`, the wire ids name it (`ilb/frontend:FIP1->ilb/rule:r`), so they light that load balancer's elements
 * whichever one the canvas focuses.
 */
export type FlowPath = { loadBalancer?: string } & (
  | { kind: 'rule'; frontend: string; rule: string; backendPool: string; vm: string }
  | { kind: 'natRule'; frontend: string; rule: string; vm: string }
);

/** A wire id between two canvas node ids. */
export const wire = (source: string, target: string) => `${source}->${target}`;

/**
 * The canvas node id of an element of load balancer `lb` (a VM's is the same in every load balancer).
 * @example elementId('ilb', 'frontend', 'FIP1') // 'ilb/frontend:FIP1'
 */
export function elementId(lb: string | undefined, kind: NodeKind, name: string): string {
  return kind === 'vm' ? nodeId('vm', name) : layoutKey(lb, nodeId(kind, name));
}

/**
 * The canvas wire ids a hop travels along. The canvas has no client node, so the client's request is the
 * frontend→rule wire, and replies (which skip the load balancer) are shown on the pool→VM wire they leave by.
 * @example hopWires('client-to-lb', { kind: 'rule', frontend: 'FIP1', rule: 'rule1', backendPool: 'pool', vm: 'VM1' }) // ['frontend:FIP1->rule:rule1']
 */
export function hopWires(stage: Stage, p: FlowPath): string[] {
  const frontend = elementId(p.loadBalancer, 'frontend', p.frontend);
  const vm = nodeId('vm', p.vm);
  if (p.kind === 'natRule') {
    const nat = elementId(p.loadBalancer, 'natRule', p.rule);
    // An inbound NAT rule wires straight to its VM: every hop past the frontend runs along that wire.
    return stage === 'client-to-lb' ? [wire(frontend, nat)] : [wire(nat, vm)];
  }
  const rule = elementId(p.loadBalancer, 'rule', p.rule);
  const pool = elementId(p.loadBalancer, 'backendPool', p.backendPool);
  switch (stage) {
    case 'client-to-lb':
      return [wire(frontend, rule)];
    case 'lb-to-vm':
    case 'reply-to-appliance':
      // An appliance's reply crosses the load balancer again, to the same appliance.
      return [wire(rule, pool), wire(pool, vm)];
    case 'vm-reply':
    case 'reply-at-client':
    case 'appliance-to-server':
    case 'server-reply':
      return [wire(pool, vm)];
  }
}

/** The canvas highlight for the stepper's hop: its wires, drawn red ('failing') where a what-if or an NSG stops the packet. */
export interface HopHighlight {
  wires: string[];
  tone: 'normal' | 'failing';
}

/**
 * What the canvas highlights at hop `index`: the hop's own wires; on the failing hop, and on the hops after it that the
 * packet never reaches, the failing hop's wires in the failing tone (the packet stops there).
 * @example hopHighlight(trace.hops, 2, path) // { wires: ['rule:rule1->backendPool:pool', …], tone: 'failing' } after a drop at hop 2
 */
export function hopHighlight(hops: readonly Pick<Hop, 'stage' | 'failure' | 'notReached'>[], index: number, p: FlowPath): HopHighlight {
  const hop = hops[index];
  if (!hop) return { wires: [], tone: 'normal' };
  const failedAt = hops.findIndex((h) => h.failure);
  const failing = failedAt >= 0 && index >= failedAt ? hops[failedAt]! : undefined;
  return failing ? { wires: hopWires(failing.stage, p), tone: 'failing' } : { wires: hopWires(hop.stage, p), tone: 'normal' };
}
