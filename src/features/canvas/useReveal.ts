import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { onRevealSelection, type RevealScope } from '../../store/revealSelection';
import { useUiStore } from '../../store/uiStore';
import { viewDuration } from './motion';
import { useTopologyStore } from '../../store/topologyStore';
import { fallbackLb, selectedNodeIds } from './useCanvasModel';
import { FIT_VIEW_OPTIONS } from './viewOptions';

/** Centres the view on the selection whenever another panel calls revealSelection(). */
export function useReveal() {
  const { fitView } = useReactFlow();
  // The fit waits for the render that the same command's caller caused (a lesson step's new topology and selection),
  // so the nodes it fits are on the canvas: a re-render is asked for here, the fit runs after it.
  const [asked, setAsked] = useState(0);
  const done = useRef(0);
  const scope = useRef<RevealScope>('selection');
  useEffect(
    () =>
      onRevealSelection((s) => {
        scope.current = s;
        setAsked((n) => n + 1);
      }),
    [],
  );
  useEffect(() => {
    if (asked === done.current) return; // a new fitView alone does not move the view
    done.current = asked;
    // Every node (a lesson step): the same fit as the canvas's first one, so nothing is cut off.
    if (scope.current === 'all') {
      void fitView({ ...FIT_VIEW_OPTIONS, duration: viewDuration(300) });
      return;
    }
    const { selection, focusedLb } = useUiStore.getState();
    const ids = [...selectedNodeIds(selection, fallbackLb(useTopologyStore.getState().topology, focusedLb))];
    if (ids.length) void fitView({ nodes: ids.map((id) => ({ id })), duration: viewDuration(300), maxZoom: 1.2, padding: 0.5 });
  }, [asked, fitView]);
}
