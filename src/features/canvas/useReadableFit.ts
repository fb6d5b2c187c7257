import { useNodesInitialized, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { viewDuration } from './motion';
import { readableViewport } from './readableView';
import { FIT_PADDING, FIT_VIEW_OPTIONS, READABLE_ZOOM } from './viewOptions';

/**
 * Fits the view to the topology, but never below the readable zoom: a topology too large to fit shows its start
 * (readableView.ts). Returns the function; `animate` eases the move.
 */
export function useReadableFit(): (animate?: boolean) => void {
  const { getNodes, getNodesBounds, setViewport } = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (animate = false) => {
      const nodes = getNodes();
      if (!nodes.length) return;
      const { width, height } = store.getState();
      const view = readableViewport(getNodesBounds(nodes), { width, height }, FIT_PADDING, READABLE_ZOOM, FIT_VIEW_OPTIONS.maxZoom);
      void setViewport(view, { duration: animate ? viewDuration(300) : 0 });
    },
    [getNodes, getNodesBounds, setViewport, store],
  );
}

/** Fits once, when the first nodes have been measured (React Flow's own `fitView` prop, with the readable zoom). */
export function useFirstFit(fit: () => void): void {
  const initialized = useNodesInitialized();
  const done = useRef(false);
  useEffect(() => {
    if (!initialized || done.current) return;
    done.current = true;
    fit();
  }, [initialized, fit]);
}
