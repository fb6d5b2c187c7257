import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { onRevealSelection } from '../../store/revealSelection';
import { useUiStore } from '../../store/uiStore';
import { viewDuration } from './motion';
import { selectedNodeIds } from './useCanvasModel';

/** Centres the view on the selection whenever another panel calls revealSelection(). */
export function useReveal() {
  const { fitView } = useReactFlow();
  // The fit waits for the render that the same command's caller caused (a lesson step's new topology and selection),
  // so the nodes it fits are on the canvas: a re-render is asked for here, the fit runs after it.
  const [asked, setAsked] = useState(0);
  const done = useRef(0);
  useEffect(() => onRevealSelection(() => setAsked((n) => n + 1)), []);
  useEffect(() => {
    if (asked === done.current) return; // a new fitView alone does not move the view
    done.current = asked;
    const ids = [...selectedNodeIds(useUiStore.getState().selection)];
    if (ids.length) void fitView({ nodes: ids.map((id) => ({ id })), duration: viewDuration(300), maxZoom: 1.2, padding: 0.5 });
  }, [asked, fitView]);
}
