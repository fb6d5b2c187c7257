// Test-only: the input the canvas hands toFlow, with nothing selected, dragged or measured.
import type { LbTopology } from '../../core/topology/schema';
import type { FlowInput } from './toFlow';

/** The flow input for a topology without diagnostics; `over` sets any field. */
export function flowInput(topology: LbTopology, over: Partial<FlowInput> = {}): FlowInput {
  return { topology, diagnostics: [], selection: [], dragPositions: {}, measured: new Map(), selectedEdges: new Set(), ...over };
}
