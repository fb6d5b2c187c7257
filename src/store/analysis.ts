// The analysis the app shows: at once for small topologies, in a worker for large ones (analysisRunner.ts, docs/workers.md).
// The page's analysis code is fetched at start-up, not in the first load (analysisCode.ts); the first paint does not
// wait for it, and the panels show the analysis when it comes, as they do a worker's.
import { create } from 'zustand';
import { useTopologyStore } from './topologyStore';
import type { TopologyAnalysis } from '../core/validation/analyzeTopology';
import { loadPageAnalysis, pageAnalysisNow } from './analysisCode';
import { createAnalysisRunner, SYNC_WORKLOAD, workload, type AnalysisState } from './analysisRunner';
import { linkedWorker, type RawWorker } from './workerLink';

export type { AnalysisState } from './analysisRunner';

/** Rows rebuilt per slice from a worker's answer: about 10 ms, so input is handled between slices. */
const SLICE_ROWS = 20_000;

const EMPTY: TopologyAnalysis = Object.freeze({ rows: [], natRows: [], diagnostics: [], parts: [] }) as unknown as TopologyAnalysis;

// Vite bundles the worker as its own chunk; Node (the CLI's tests) has no Worker, so everything runs at once there.
// The link posts each request after the edit is painted, as the changes since the last one (workerLink.ts).
const createWorker =
  typeof Worker === 'undefined'
    ? undefined
    : () =>
        linkedWorker(
          new Worker(new URL('./analysis.worker.ts', import.meta.url), {
            type: 'module',
            name: 'floatplan-analysis',
          }) as unknown as RawWorker,
        );

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
  {
    createWorker,
    code: pageAnalysisNow,
    load: loadPageAnalysis,
    later,
    now: () => Date.now(),
    threshold: SYNC_WORKLOAD,
    sliceRows: SLICE_ROWS,
  },
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
  // analyzeTopology keeps its analysis per topology object, so the runner's answer will be this same one.
  const code = pageAnalysisNow();
  return code && workload(topology) < SYNC_WORKLOAD
    ? { status: 'current', topology, analysis: code.analyze(topology) }
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
