import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useUiStore } from '../../store/uiStore';
import { viewDuration } from './motion';
import { selectedNodeIds } from './useCanvasModel';

/** Centres the view on the selection whenever another panel bumps uiStore.revealRequest. */
export function useReveal() {
  const revealRequest = useUiStore((s) => s.revealRequest);
  const { fitView } = useReactFlow();
  const seen = useRef(revealRequest);
  useEffect(() => {
    if (revealRequest === seen.current) return;
    seen.current = revealRequest;
    const ids = [...selectedNodeIds(useUiStore.getState().selection)];
    if (ids.length) void fitView({ nodes: ids.map((id) => ({ id })), duration: viewDuration(300), maxZoom: 1.2, padding: 0.5 });
  }, [revealRequest, fitView]);
}
