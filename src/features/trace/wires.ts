import { nodeId } from '../../core/edit/ids';
import type { Stage } from '../../core/trace/trace';

/** The canvas elements one traced flow passes through: frontend → rule → pool → VM, or frontend → NAT rule → VM. */
export type FlowPath =
  | { kind: 'rule'; frontend: string; rule: string; backendPool: string; vm: string }
  | { kind: 'natRule'; frontend: string; rule: string; vm: string };

const wire = (source: string, target: string) => `${source}->${target}`;

/**
 * The canvas wire ids a hop travels along. The canvas has no client node, so the client's request is the
 * frontend→rule wire, and replies (which skip the load balancer) are shown on the pool→VM wire they leave by.
 * @example hopWires('client-to-lb', { kind: 'rule', frontend: 'FIP1', rule: 'rule1', backendPool: 'pool', vm: 'VM1' }) // ['frontend:FIP1->rule:rule1']
 */
export function hopWires(stage: Stage, p: FlowPath): string[] {
  const frontend = nodeId('frontend', p.frontend);
  const vm = nodeId('vm', p.vm);
  if (p.kind === 'natRule') {
    const nat = nodeId('natRule', p.rule);
    // An inbound NAT rule wires straight to its VM: every hop past the frontend runs along that wire.
    return stage === 'client-to-lb' ? [wire(frontend, nat)] : [wire(nat, vm)];
  }
  const rule = nodeId('rule', p.rule);
  const pool = nodeId('backendPool', p.backendPool);
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
