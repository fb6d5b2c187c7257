import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { Topology } from '../../core/topology/schema';
import { replaceWork } from '../../store/replaceWork';
import { clearHistory } from '../../store/topologyStore';

/** Where the benchmark looks: the top-left of the generated graph at 100 %. */
export const BENCH_VIEWPORT = { x: 40, y: 40, zoom: 1 };

/**
 * `?bench=1` loads the generated ~1,000-element topology for `npm run bench:canvas`; `?bench=small` a 300-node one.
 * The generator is imported on demand, so normal users never download it.
 */
export function useBenchLoader() {
  const { setViewport } = useReactFlow();
  const nodesInitialized = useNodesInitialized();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const size = new URLSearchParams(window.location.search).get('bench');
    if (size === null) return;
    let cancelled = false;
    void import('./benchTopology').then(({ benchTopology, BENCH_COUNTS, BENCH_SMALL_COUNTS }) => {
      if (cancelled) return;
      if (openBench(benchTopology(size === 'small' ? BENCH_SMALL_COUNTS : BENCH_COUNTS))) setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  // Only once the generated nodes are measured: React Flow's first fitView waits for that too, and set earlier
  // the viewport was sometimes overwritten by it, leaving the benchmark (and its e2e test) looking elsewhere.
  useEffect(() => {
    // The same viewport as the bare baseline page, so both paint the same region at the same zoom.
    if (loaded && nodesInitialized) void setViewport(BENCH_VIEWPORT);
  }, [loaded, nodesInitialized, setViewport]);
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
