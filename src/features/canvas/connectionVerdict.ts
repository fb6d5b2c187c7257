import { canConnect, type Verdict } from '../../core/edit/connect';
import type { Topology } from '../../core/topology/schema';

/** One end of a connection being dragged: the node and whether the handle is an output or an input. */
export interface HandleEnd {
  nodeId: string;
  type: 'source' | 'target';
}

/**
 * The core's verdict on a connection between two handles, whichever end the user started from.
 * @example verdictFor(t, { nodeId: 'frontend:FIP1', type: 'source' }, { nodeId: 'vm:VM1', type: 'target' })
 */
export function verdictFor(t: Topology, from: HandleEnd, to: HandleEnd): Verdict {
  if (from.type === to.type) {
    return { ok: false, reason: 'Connect an output (right side) to an input (left side): frontend → rule → backend pool → VM.' };
  }
  return from.type === 'source' ? canConnect(t, from.nodeId, to.nodeId) : canConnect(t, to.nodeId, from.nodeId);
}
