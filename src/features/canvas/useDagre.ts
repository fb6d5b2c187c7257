import { useEffect, useMemo, useState } from 'react';
import type { Topology } from '../../core/topology/schema';
import { dagreIfLoaded, loadDagre, type Dagre } from './dagre';
import { needsAutoLayout } from './layout';

/**
 * dagre once `topology` has a node without a stored position (fetching it then), else whatever has arrived.
 * Usually already there: the app fetches it before the first render when the starting topology needs it.
 */
export function useDagre(topology: Topology): Dagre | undefined {
  const [dagre, setDagre] = useState(dagreIfLoaded);
  const needed = useMemo(() => needsAutoLayout(topology), [topology]);
  useEffect(() => {
    if (!needed || dagre) return;
    let live = true;
    // A failed fetch leaves the columns in the topology's order; the next topology that needs dagre tries again.
    loadDagre().then(
      (loaded) => live && setDagre(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, dagre]);
  return dagre;
}
