import { useReactFlow, useStoreApi, type Node } from '@xyflow/react';
import { useCallback } from 'react';
import { addElement, newElement } from '../../core/edit/elements';
import type { NodeKind } from '../../core/edit/ids';
import { inLb, lbIndex } from '../../core/topology/design';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { addWired, WIRED_NEXT, type WiredFrom } from './addWired';
import { canvasId, groupId, parseCanvasId, refOfId } from './canvasIds';
import { frameAt, frameRects, FRAME_PAD, FRAME_TITLE } from './groups';
import { DEFAULT_NODE_SIZE, type XY } from './layout';
import { viewDuration } from './motion';
import { freeSpot, placeNew, type PlacedNode } from './placement';
import { fallbackLb } from './useCanvasModel';
import { FIT_PADDING, READABLE_ZOOM } from './viewOptions';

// The minimap and the controls take the bottom edge (150×96 px and a margin): a node under them is not in view.
const MINIMAP_ROOM = 120;

function placedOf(n: Node): (PlacedNode & { loadBalancer?: string }) | undefined {
  const r = parseCanvasId(n.id);
  if (!r) return undefined;
  const width = n.measured?.width ?? DEFAULT_NODE_SIZE.width;
  const height = n.measured?.height ?? DEFAULT_NODE_SIZE.height;
  return { kind: r.kind, x: n.position.x, y: n.position.y, width, height, loadBalancer: r.loadBalancer };
}

const select = (lb: string, kind: NodeKind, name: string) => useUiStore.getState().select([refOfId(canvasId(lb, kind, name))!]);

/**
 * Adding elements from the palette and from a node's add-and-wire button. Each is one undoable edit that places the
 * node where it is free (placement.ts), in its load balancer's frame (the focused one, or the frame it is dropped
 * on), selects it so the inspector opens it, and pans the view to it when it is not in view already.
 */
export function useAddElement() {
  const { screenToFlowPosition, getNodes, getViewport, setCenter } = useReactFlow();
  const store = useStoreApi();

  // Where a new node of `kind` goes in load balancer `lb`: below its kind's column there, clear of every node.
  const spotIn = useCallback(
    (lb: string, kind: NodeKind, near?: XY): XY => {
      const all = getNodes().flatMap((n) => placedOf(n) ?? []);
      // The shared VMs' column, or this load balancer's own columns: another's nodes must not pull a new one into its frame.
      const mine = all.filter((n) => (kind === 'vm' ? n.kind === 'vm' : n.loadBalancer === lb));
      const frame = getNodes().find((n) => n.id === groupId(lb));
      if (kind !== 'vm' && !mine.length && frame) {
        return freeSpot({ x: frame.position.x + FRAME_PAD, y: frame.position.y + FRAME_PAD + FRAME_TITLE }, DEFAULT_NODE_SIZE, all);
      }
      return freeSpot(placeNew(kind, mine, near), DEFAULT_NODE_SIZE, all);
    },
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

  /**
   * Adds an element centred on a screen point (a drop: into the frame under it, else the focused load balancer) or
   * at the end of its kind's column in the focused load balancer (a click or Enter).
   */
  const add = useCallback(
    (kind: NodeKind, screen?: { x: number; y: number }) => {
      const { topology } = useTopologyStore.getState();
      let lb = fallbackLb(topology, useUiStore.getState().focusedLb);
      if (lb === undefined) return;
      let at: XY;
      if (screen) {
        const centre = screenToFlowPosition(screen);
        lb = frameAt(frameRects(getNodes()), centre) ?? lb;
        const all = getNodes().flatMap((n) => placedOf(n) ?? []);
        at = freeSpot({ x: centre.x - DEFAULT_NODE_SIZE.width / 2, y: centre.y - DEFAULT_NODE_SIZE.height / 2 }, DEFAULT_NODE_SIZE, all);
      } else {
        at = spotIn(lb, kind);
      }
      let name = '';
      const target = lb;
      useTopologyStore.getState().apply(
        inLb(target, (v) => {
          const element = newElement(v, kind);
          name = element.name;
          return addElement(v, kind, element, at);
        }),
      );
      if (name) select(target, kind, name);
      // A drop lands where the pointer is, in view by definition: only a click's node may need the view to move.
      if (!screen) bringIntoView(at);
    },
    [spotIn, screenToFlowPosition, getNodes, bringIntoView],
  );

  /** Adds the next element of the chain after a node of load balancer `lb`, wired to it: one edit, so one undo step. */
  const addNext = useCallback(
    (from: WiredFrom, name: string, lb: string) => {
      if (lbIndex(useTopologyStore.getState().topology, lb) < 0) return;
      const anchor = getNodes().find((n) => n.id === canvasId(lb, from, name));
      const at = spotIn(lb, WIRED_NEXT[from], anchor?.position);
      let added: { kind: NodeKind; name: string } | undefined;
      useTopologyStore.getState().apply(
        inLb(lb, (v) => {
          const r = addWired(v, from, name, at);
          added = r.added;
          return r.topology;
        }),
      );
      if (added) {
        select(lb, added.kind, added.name);
        bringIntoView(at);
      }
    },
    [getNodes, spotIn, bringIntoView],
  );

  return { add, addNext };
}
