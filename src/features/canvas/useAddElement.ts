import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { addElement, newElement } from '../../core/edit/elements';
import type { NodeKind } from '../../core/edit/ids';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { DEFAULT_NODE_SIZE } from './layout';

/**
 * Adds an element centred on a screen point (a drop) or on the centre of the view (a click),
 * as one undoable edit, and selects it so the inspector opens it.
 */
export function useAddElement(wrapper: React.RefObject<HTMLElement | null>) {
  const { screenToFlowPosition, getNodes } = useReactFlow();
  return useCallback(
    (kind: NodeKind, screen?: { x: number; y: number }) => {
      let point = screen;
      let nudge = false;
      if (!point) {
        const r = wrapper.current?.getBoundingClientRect();
        point = r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: 0, y: 0 };
        nudge = true;
      }
      const centre = screenToFlowPosition(point);
      const position = { x: Math.round(centre.x - DEFAULT_NODE_SIZE.width / 2), y: Math.round(centre.y - DEFAULT_NODE_SIZE.height / 2) };
      // Repeated clicks would stack nodes exactly; step down until the spot is free.
      if (nudge) {
        const taken = getNodes().map((n) => n.position);
        while (taken.some((p) => Math.abs(p.x - position.x) < 24 && Math.abs(p.y - position.y) < 24))
          position.y += DEFAULT_NODE_SIZE.height + 16;
      }
      let name = '';
      useTopologyStore.getState().apply((t) => {
        const element = newElement(t, kind);
        name = element.name;
        return addElement(t, kind, element, position);
      });
      useUiStore.getState().select([{ kind, name }]);
    },
    [screenToFlowPosition, getNodes, wrapper],
  );
}
