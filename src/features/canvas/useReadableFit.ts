import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { onRevealSelection } from '../../store/revealSelection';
import { useTopologyStore } from '../../store/topologyStore';
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
      // The elements, not the load balancers' frames around them: a frame's margin must not push a column out of view.
      const nodes = getNodes().filter((n) => n.type !== 'loadBalancer');
      if (!nodes.length) return;
      const { width, height } = store.getState();
      const view = readableViewport(getNodesBounds(nodes), { width, height }, FIT_PADDING, READABLE_ZOOM, FIT_VIEW_OPTIONS.maxZoom);
      void setViewport(view, { duration: animate ? viewDuration(300) : 0 });
    },
    [getNodes, getNodesBounds, setViewport, store],
  );
}

/**
 * Fits the view to the first topology and to each one that replaces the work (an example, a file, New), once its nodes
 * are measured. Whatever moves the view meanwhile takes precedence: a reveal (a lesson step fits its own way), the user,
 * or the benchmark's fixed viewport. An empty topology has nothing to fit, so its first node does not zoom in on itself.
 */
export function useFitOnLoad(fit: () => void, nodes: readonly unknown[]): void {
  const store = useStoreApi();
  const { getViewport } = useReactFlow();
  // The view when the fit was asked for (the first one: on mount), or undefined when none is pending.
  const pending = useRef<Viewport | undefined>(getViewport());
  useEffect(
    () =>
      useTopologyStore.subscribe((s, prev) => {
        if (s.replaced !== prev.replaced) pending.current = getViewport();
      }),
    [getViewport],
  );
  useEffect(
    () =>
      onRevealSelection(() => {
        pending.current = undefined;
      }),
    [],
  );
  useEffect(() => {
    const asked = pending.current;
    if (!asked) return;
    if (!nodes.length || !sameViewport(asked, getViewport())) {
      pending.current = undefined;
      return;
    }
    // React Flow's store took these nodes in its own (child) effect already; the hook's value would be a render late.
    if (!store.getState().nodesInitialized) return;
    pending.current = undefined;
    fit();
  }, [nodes, fit, store, getViewport]);
}

const sameViewport = (a: Viewport, b: Viewport) => a.x === b.x && a.y === b.y && a.zoom === b.zoom;
