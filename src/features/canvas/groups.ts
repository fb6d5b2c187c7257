// Each load balancer is drawn as a frame behind its elements: a titled box around where its nodes rest (not where a
// drag has them, so the frames stand still during a drag and say where a dropped node lands).
import type { Locale } from '../../core/i18n/locale';
import type { Topology } from '../../core/topology/schema';
import { groupId } from './canvasIds';
import { groupLabel } from './labels';
import { DEFAULT_NODE_SIZE, type Size, type XY } from './layout';
import type { GroupNode } from './toFlow';

/** The area a load balancer's nodes take, in flow coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a load balancer's frame shows: its name, SKU, type and tier, and whether it is the focused one. */
export type GroupData = {
  name: string;
  sku: string;
  type: string;
  tier: string;
  focused: boolean;
};

/** Room between a frame and its nodes, and the height of its title bar. */
export const FRAME_PAD = 28;
export const FRAME_TITLE = 44;
// An empty load balancer's frame, and the space between frames placed below the drawing.
const EMPTY: Size = { width: 340, height: 90 };
const BELOW = 80;
// Wide enough for the title's name, Rename and Delete on one line, even around a single node.
const MIN_WIDTH = 480;

/** Widens `lb`'s box to hold a node at `at` of `size` (the default node size when not measured yet). */
export function grow(boxes: Map<string, Box>, lb: string, at: XY, size: Size | undefined): void {
  const w = size?.width ?? DEFAULT_NODE_SIZE.width;
  const h = size?.height ?? DEFAULT_NODE_SIZE.height;
  const b = boxes.get(lb);
  if (!b) boxes.set(lb, { left: at.x, top: at.y, right: at.x + w, bottom: at.y + h });
  else {
    b.left = Math.min(b.left, at.x);
    b.top = Math.min(b.top, at.y);
    b.right = Math.max(b.right, at.x + w);
    b.bottom = Math.max(b.bottom, at.y + h);
  }
}

/** A frame's rectangle: its load balancer and its outer edges. */
export interface FrameRect extends Box {
  loadBalancer: string;
}

/**
 * A stateful mapper from the load balancers and their boxes to frame nodes, handing back the same node object while a
 * frame's place, size and title are unchanged. A load balancer without elements gets an empty frame below the others,
 * so it can be seen, focused and filled.
 */
export function groupFrames(locale: Locale): (t: Topology, boxes: ReadonlyMap<string, Box>, focused: string | undefined) => GroupNode[] {
  const cache = new Map<string, GroupNode>();
  let last: GroupNode[] = [];
  return (t, boxes, focused) => {
    let below = -Infinity;
    let left = Infinity;
    for (const b of boxes.values()) {
      below = Math.max(below, b.bottom + FRAME_PAD + BELOW);
      left = Math.min(left, b.left);
    }
    if (!Number.isFinite(below)) [below, left] = [0, 0];
    const out = t.loadBalancers.map((lb) => {
      let box = boxes.get(lb.name);
      if (!box) {
        box = {
          left,
          top: below + FRAME_TITLE + FRAME_PAD,
          right: left + EMPTY.width,
          bottom: below + FRAME_TITLE + FRAME_PAD + EMPTY.height,
        };
        below = box.bottom + FRAME_PAD + BELOW;
      }
      const x = Math.round(box.left - FRAME_PAD);
      const y = Math.round(box.top - FRAME_PAD - FRAME_TITLE);
      const width = Math.round(Math.max(box.right - box.left + 2 * FRAME_PAD, MIN_WIDTH));
      const height = Math.round(box.bottom - box.top + 2 * FRAME_PAD + FRAME_TITLE);
      const data: GroupData = { name: lb.name, sku: lb.sku, type: lb.type, tier: lb.tier ?? 'Regional', focused: lb.name === focused };
      const prev = cache.get(lb.name);
      if (
        prev &&
        prev.position.x === x &&
        prev.position.y === y &&
        prev.width === width &&
        prev.height === height &&
        sameData(prev.data, data)
      )
        return prev;
      const node: GroupNode = {
        id: groupId(lb.name),
        type: 'loadBalancer',
        position: { x, y },
        width,
        height,
        // Its size is set, not measured: React Flow counts the canvas initialised only once every node has one.
        measured: { width, height },
        data,
        selectable: false,
        draggable: false,
        connectable: false,
        focusable: false,
        deletable: false,
        zIndex: -1,
        // React Flow gives a node that cannot take focus no role, yet names it: a named group is what it is.
        ariaRole: 'group',
        ariaLabel: groupLabel(data, locale),
      };
      cache.set(lb.name, node);
      return node;
    });
    if (cache.size !== out.length) for (const name of cache.keys()) if (!t.loadBalancers.some((lb) => lb.name === name)) cache.delete(name);
    if (out.length === last.length && out.every((n, i) => n === last[i])) return last;
    last = out;
    return out;
  };
}

function sameData(a: GroupData, b: GroupData): boolean {
  return a.name === b.name && a.sku === b.sku && a.type === b.type && a.tier === b.tier && a.focused === b.focused;
}

/** The frames' rectangles, from the canvas's nodes. */
export function frameRects(nodes: readonly { type?: string; position: XY; width?: number; height?: number; data: unknown }[]): FrameRect[] {
  return nodes.flatMap((n) =>
    n.type === 'loadBalancer'
      ? [
          {
            loadBalancer: (n.data as GroupData).name,
            left: n.position.x,
            top: n.position.y,
            right: n.position.x + (n.width ?? 0),
            bottom: n.position.y + (n.height ?? 0),
          },
        ]
      : [],
  );
}

/** The load balancer whose frame holds the point (the innermost, if frames overlap), other than `except`. */
export function frameAt(frames: readonly FrameRect[], at: XY, except?: string): string | undefined {
  let hit: FrameRect | undefined;
  for (const f of frames) {
    if (f.loadBalancer === except || at.x < f.left || at.x > f.right || at.y < f.top || at.y > f.bottom) continue;
    if (!hit || (f.right - f.left) * (f.bottom - f.top) < (hit.right - hit.left) * (hit.bottom - hit.top)) hit = f;
  }
  return hit?.loadBalancer;
}
