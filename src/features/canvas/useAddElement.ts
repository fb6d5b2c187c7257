import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { addElement, newElement } from '../../core/edit/elements';
import { parseNodeId, type NodeKind } from '../../core/edit/ids';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { addWired, WIRED_NEXT, type WiredFrom } from './addWired';
import { DEFAULT_NODE_SIZE, type XY } from './layout';
import { viewDuration } from './motion';
import { freeSpot, placeNew, type PlacedNode } from './placement';
import { FIT_PADDING, READABLE_ZOOM } from './viewOptions';

/**
 * Adding elements from the palette and from a node's add-and-wire button. Each is one undoable edit that places the
 * node where it is free (placement.ts), selects it so the inspector opens it, and pans the view to it when it is not
 * in view already.
 */
export function useAddElement() {
  const { screenToFlowPosition, getNodes, getViewport, setCenter } = useReactFlow();
  const store = useStoreApi();

  const placed = useCallback(
    (): PlacedNode[] =>
      getNodes().flatMap((n) => {
        const kind = parseNodeId(n.id)?.kind;
        if (!kind) return [];
        const width = n.measured?.width ?? DEFAULT_NODE_SIZE.width;
        const height = n.measured?.height ?? DEFAULT_NODE_SIZE.height;
        return [{ kind, x: n.position.x, y: n.position.y, width, height }];
      }),
    [getNodes],
  );

  // Pans (never zooms out) so the whole new node shows inside the pane's padding.
  const bringIntoView = useCallback(
    (at: XY) => {
      const { x, y, zoom } = getViewport();
      const { width, height } = store.getState();
      const left = at.x * zoom + x;
      const top = at.y * zoom + y;
      const inView =
        left >= FIT_PADDING.left / 2 &&
        top >= FIT_PADDING.top / 2 &&
        left + DEFAULT_NODE_SIZE.width * zoom <= width - FIT_PADDING.right / 2 &&
        top + DEFAULT_NODE_SIZE.height * zoom <= height - FIT_PADDING.bottom;
      if (inView) return;
      const centre = { x: at.x + DEFAULT_NODE_SIZE.width / 2, y: at.y + DEFAULT_NODE_SIZE.height / 2 };
      void setCenter(centre.x, centre.y, { zoom: Math.max(zoom, READABLE_ZOOM), duration: viewDuration(250) });
    },
    [getViewport, setCenter, store],
  );

  const finish = useCallback(
    (added: { kind: NodeKind; name: string }, at: XY) => {
      useUiStore.getState().select([added]);
      bringIntoView(at);
    },
    [bringIntoView],
  );

  /** Adds an element centred on a screen point (a drop) or at the end of its kind's column (a click or Enter). */
  const add = useCallback(
    (kind: NodeKind, screen?: { x: number; y: number }) => {
      const nodes = placed();
      let at: XY;
      if (screen) {
        const centre = screenToFlowPosition(screen);
        at = freeSpot({ x: centre.x - DEFAULT_NODE_SIZE.width / 2, y: centre.y - DEFAULT_NODE_SIZE.height / 2 }, DEFAULT_NODE_SIZE, nodes);
      } else {
        at = placeNew(kind, nodes);
      }
      let name = '';
      useTopologyStore.getState().apply((t) => {
        const element = newElement(t, kind);
        name = element.name;
        return addElement(t, kind, element, at);
      });
      finish({ kind, name }, at);
    },
    [placed, screenToFlowPosition, finish],
  );

  /** Adds the next element of the chain after a node, wired to it: one edit, so one undo step. */
  const addNext = useCallback(
    (from: WiredFrom, name: string) => {
      const nodes = placed();
      const anchor = getNodes().find((n) => n.id === `${from}:${name}`);
      const at = placeNew(WIRED_NEXT[from], nodes, anchor?.position);
      let added: { kind: NodeKind; name: string } | undefined;
      useTopologyStore.getState().apply((t) => {
        const r = addWired(t, from, name, at);
        added = r.added;
        return r.topology;
      });
      if (added) finish(added, at);
    },
    [placed, getNodes, finish],
  );

  return { add, addNext };
}
