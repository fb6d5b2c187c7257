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

// The minimap and the controls take the bottom edge (150×96 px and a margin): a node under them is not in view.
const MINIMAP_ROOM = 120;

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

  // Centres the new node (never zooming out) unless it is already clear of the edges and of the minimap's corner.
  const bringIntoView = useCallback(
    (at: XY) => {
      const { x, y, zoom } = getViewport();
      const { width, height } = store.getState();
      const left = at.x * zoom + x;
      const top = at.y * zoom + y;
      const inView =
        left >= FIT_PADDING.left &&
        top >= FIT_PADDING.top &&
        left + DEFAULT_NODE_SIZE.width * zoom <= width - FIT_PADDING.right &&
        top + DEFAULT_NODE_SIZE.height * zoom <= height - MINIMAP_ROOM;
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
      useUiStore.getState().select([{ kind, name }]);
      // A drop lands where the pointer is, in view by definition: only a click's node may need the view to move.
      if (!screen) bringIntoView(at);
    },
    [placed, screenToFlowPosition, bringIntoView],
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
