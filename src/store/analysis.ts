import { useTopologyStore } from './topologyStore';
import type { Topology } from '../core/topology/schema';
import { analyze, type Analysis } from '../core/validation/analyze';

let lastTopology: Topology | undefined;
let lastAnalysis: Analysis | undefined;

/** The core's analysis of a topology, computed once per topology object however many components ask. */
export function analysisOf(topology: Topology): Analysis {
  if (topology !== lastTopology || !lastAnalysis) {
    lastAnalysis = analyze(topology);
    lastTopology = topology;
  }
  return lastAnalysis;
}

/** The analysis of the current topology. */
export function useAnalysis(): Analysis {
  return analysisOf(useTopologyStore((s) => s.topology));
}
