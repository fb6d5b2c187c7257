import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { Topology } from '../../core/topology/schema';
import { replaceWork } from '../../store/replaceWork';
import { clearHistory } from '../../store/topologyStore';

/** Where the benchmark looks: the top-left of the generated graph at 100 %. */
export const BENCH_VIEWPORT = { x: 40, y: 40, zoom: 1 };

let opened = false;

/**
 * `?bench=1` loads the generated ~1,000-element topology for `npm run bench:canvas`; `?bench=small` a 300-node one.
 * Called by the app's start before the first render, as saved work is restored: the first paint is the large
 * topology's, not the built-in example's (laid out with dagre) followed by a replacement. The generator is imported
 * on demand, so normal users never download it.
 */
export async function openBenchFromUrl(search: string = window.location.search): Promise<void> {
  const size = new URLSearchParams(search).get('bench');
  if (size === null) return;
  const { benchTopology, BENCH_COUNTS, BENCH_SMALL_COUNTS } = await import('./benchTopology');
  opened = openBench(benchTopology(size === 'small' ? BENCH_SMALL_COUNTS : BENCH_COUNTS));
}

/** Once the bench topology's nodes are measured, looks where the benchmark (and the bare page) look. */
export function useBenchLoader() {
  const { setViewport } = useReactFlow();
  const nodesInitialized = useNodesInitialized();
  // Only once the generated nodes are measured: React Flow's first fitView waits for that too, and set earlier
  // the viewport was sometimes overwritten by it, leaving the benchmark (and its e2e test) looking elsewhere.
  useEffect(() => {
    // The same viewport as the bare baseline page, so both paint the same region at the same zoom.
    if (opened && nodesInitialized) void setViewport(BENCH_VIEWPORT);
  }, [nodesInitialized, setViewport]);
}

/**
 * Puts the bench topology on screen with an empty history. `?bench=1` is an ordinary link anyone can send, so it
 * goes through replaceWork like a share link: the user's work is kept first (issue 12), or nothing is replaced.
 * @example openBench(benchTopology(BENCH_COUNTS)) // false when the keeper refused
 */
export function openBench(topology: Topology): boolean {
  if (!replaceWork(topology, 'link')) return false;
  clearHistory();
  return true;
}
