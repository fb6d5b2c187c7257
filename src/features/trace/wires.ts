import { nodeId } from '../../core/edit/ids';
import type { Stage } from '../../core/trace/trace';

/** The canvas elements one traced flow passes through. */
export interface FlowPath {
  frontend: string;
  rule: string;
  backendPool: string;
  vm: string;
}

const wire = (source: string, target: string) => `${source}->${target}`;

/**
 * The canvas wire ids a hop travels along. The canvas has no client node, so the client's request is the
 * frontend→rule wire, and replies (which skip the load balancer) are shown on the pool→VM wire they leave by.
 * @example hopWires('client-to-lb', path) // ['frontend:FIP1->rule:rule1']
 */
export function hopWires(stage: Stage, p: FlowPath): string[] {
  const frontend = nodeId('frontend', p.frontend);
  const rule = nodeId('rule', p.rule);
  const pool = nodeId('backendPool', p.backendPool);
  const vm = nodeId('vm', p.vm);
  switch (stage) {
    case 'client-to-lb':
      return [wire(frontend, rule)];
    case 'lb-to-vm':
      return [wire(rule, pool), wire(pool, vm)];
    case 'vm-reply':
    case 'reply-at-client':
      return [wire(pool, vm)];
  }
}
