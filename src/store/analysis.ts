// The analysis the app shows: at once for small topologies, in a worker for large ones (analysisRunner.ts, docs/workers.md).
import { create } from 'zustand';
import { useTopologyStore } from './topologyStore';
import type { Topology } from '../core/topology/schema';
import { analyzeTopology, type TopologyAnalysis } from '../core/validation/analyzeTopology';
import { createAnalysisRunner, SYNC_WORKLOAD, workload, type AnalysisState, type WorkerLike } from './analysisRunner';

export type { AnalysisState } from './analysisRunner';

/** Rows rebuilt per slice from a worker's answer: about 10 ms, so input is handled between slices. */
const SLICE_ROWS = 20_000;

const EMPTY: TopologyAnalysis = Object.freeze({ rows: [], natRows: [], diagnostics: [], parts: [] }) as unknown as TopologyAnalysis;

/**
 * The core's analysis of a topology (every load balancer, each row and diagnostic tagged with its own), computed
 * once per topology object however many components ask (analyzeTopology keeps it per object).
 */
export function analysisOf(topology: Topology): TopologyAnalysis {
  return analyzeTopology(topology);
}

// Vite bundles the worker as its own chunk; Node (the CLI's tests) has no Worker, so everything runs at once there.
const createWorker =
  typeof Worker === 'undefined'
    ? undefined
    : () =>
        new Worker(new URL('./analysis.worker.ts', import.meta.url), {
          type: 'module',
          name: 'floatplan-analysis',
        }) as unknown as WorkerLike;

const queue: (() => void)[] = [];
let channel: MessageChannel | undefined;

/**
 * Runs a task in a task of its own, after pending input. A message, not setTimeout: timers are clamped to 4 ms after
 * a few nestings and to 1 s in a background tab, which would stretch 25 slices from milliseconds to seconds.
 */
function later(task: () => void): void {
  queue.push(task);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
  }
  channel.port2.postMessage(null);
}
const useAnalysisStore = create<{ state: AnalysisState }>()(() => ({ state: undefined as unknown as AnalysisState }));

const runner = createAnalysisRunner(
  { createWorker, analyze: analysisOf, later, now: () => Date.now(), threshold: SYNC_WORKLOAD, sliceRows: SLICE_ROWS },
  useTopologyStore.getState().topology,
  (state) => useAnalysisStore.setState({ state }),
);
runner.request(useTopologyStore.getState().topology);
useTopologyStore.subscribe((s, prev) => {
  if (s.topology !== prev.topology) runner.request(s.topology);
});

/** Where the analysis of the current topology stands, with the latest finished analysis (possibly of an earlier topology). */
export function useAnalysisState(): AnalysisState {
  const topology = useTopologyStore((s) => s.topology);
  const state = useAnalysisStore((s) => s.state);
  if (state.topology === topology) return state;
  // A render between the topology's change and the runner's answer (the runner hears of it first in practice).
  return workload(topology) < SYNC_WORKLOAD
    ? { status: 'current', topology, analysis: analysisOf(topology) }
    : { ...state, topology, status: 'running' };
}

/**
 * The latest analysis: of the current topology, or while a large one is analysed, of the one before
 * (`useAnalysisState` says which); empty before the first large analysis finishes.
 */
export function useAnalysis(): TopologyAnalysis {
  return useAnalysisState().analysis ?? EMPTY;
}

/** Stops the running analysis (the worker is ended); the previous results stay, marked as not current. */
export const cancelAnalysis = (): void => runner.cancel();

/** Analyses the current topology again after Cancel or a failure. */
export const analyseAgain = (): void => runner.retry();
