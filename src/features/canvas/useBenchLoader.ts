import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { clearHistory, useTopologyStore } from '../../store/topologyStore';

/** Where the benchmark looks: the top-left of the generated graph at 100 %. */
export const BENCH_VIEWPORT = { x: 40, y: 40, zoom: 1 };

/**
 * `?bench=1` loads the generated ~1,000-element topology for `npm run bench:canvas`; `?bench=small` a 300-node one.
 * The generator is imported on demand, so normal users never download it.
 */
export function useBenchLoader() {
  const { setViewport } = useReactFlow();
  useEffect(() => {
    const size = new URLSearchParams(window.location.search).get('bench');
    if (size === null) return;
    let cancelled = false;
    void import('./benchTopology').then(({ benchTopology, BENCH_COUNTS, BENCH_SMALL_COUNTS }) => {
      if (cancelled) return;
      useTopologyStore.getState().replace(benchTopology(size === 'small' ? BENCH_SMALL_COUNTS : BENCH_COUNTS));
      clearHistory();
      // The same viewport as the bare baseline page, so both paint the same region at the same zoom.
      void setViewport(BENCH_VIEWPORT);
    });
    return () => {
      cancelled = true;
    };
  }, [setViewport]);
}
