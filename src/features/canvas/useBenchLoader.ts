import { useEffect } from 'react';
import { clearHistory, useTopologyStore } from '../../store/topologyStore';

/**
 * `?bench=1` loads the generated ~1,000-element topology for `npm run bench:canvas`.
 * The generator is imported on demand, so normal users never download it.
 */
export function useBenchLoader() {
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('bench')) return;
    let cancelled = false;
    void import('./benchTopology').then(({ benchTopology }) => {
      if (cancelled) return;
      useTopologyStore.getState().replace(benchTopology());
      clearHistory();
    });
    return () => {
      cancelled = true;
    };
  }, []);
}
