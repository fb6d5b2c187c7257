// Test-only: the input the canvas hands toFlow, with nothing selected, dragged or measured.
import { migrateV1 } from '../../core/topology/design';
import type { LbTopology, Topology } from '../../core/topology/schema';
import type { FlowInput } from './toFlow';

/** A topology as format v2: one-load-balancer test topologies migrate (their load balancer is `lb`). */
export function asV2(t: LbTopology | Topology): Topology {
  return t.version === 1 ? migrateV1(t) : t;
}

/**
 * The canvas id of an element of load balancer `lb` (`lb` by default) written the one-load-balancer way.
 * @example lbId('frontend:FIP1') // 'lb/frontend:FIP1'; lbId('vm:VM1') // 'vm:VM1'
 */
export function lbId(id: string, lb = 'lb'): string {
  return id.startsWith('vm:') ? id : `${lb}/${id}`;
}

/** The flow input for a topology without diagnostics; `over` sets any field. */
export function flowInput(topology: LbTopology | Topology, over: Partial<FlowInput> = {}): FlowInput {
  return {
    topology: asV2(topology),
    diagnostics: [],
    selection: [],
    dragPositions: {},
    measured: new Map(),
    selectedEdges: new Set(),
    ...over,
  };
}
