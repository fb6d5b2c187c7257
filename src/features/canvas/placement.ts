import type { NodeKind } from '../../core/edit/ids';
import { DEFAULT_NODE_SIZE, type Size, type XY } from './layout';

/** A node on the canvas as placement sees it: its kind, top-left corner and size. */
export interface PlacedNode {
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

// The columns Arrange lays out (layout.ts): NAT rules live in the rules column, between frontends and VMs.
const COLUMN: Record<NodeKind, number> = { frontend: 0, rule: 1, natRule: 1, backendPool: 2, vm: 3 };
/** From one column's left edge to the next: a node's width and Arrange's gap between columns. */
export const COLUMN_STEP = DEFAULT_NODE_SIZE.width + 110;
/** Space kept free around a new node, so it never touches another one. */
export const NODE_GAP = 22;

/**
 * Where a new node of `kind` goes: below the last node of its kind's column (frontends, rules and NAT rules, pools,
 * VMs), or, in an empty column, beside its neighbour columns at the height of `near` (the node it is wired to) or of
 * the topmost node; then stepped down until it overlaps no node at all (an imported or hand-dragged layout may have
 * anything anywhere).
 * @example placeNew('vm', [{ kind: 'vm', x: 640, y: 0, width: 210, height: 78 }]) // { x: 640, y: 100 }
 */
export function placeNew(kind: NodeKind, nodes: readonly PlacedNode[], near?: XY, size: Size = DEFAULT_NODE_SIZE): XY {
  const column = COLUMN[kind];
  const mine = nodes.filter((n) => COLUMN[n.kind] === column);
  let spot: XY;
  if (mine.length) {
    const last = mine.reduce((a, b) => (b.y + b.height > a.y + a.height ? b : a));
    spot = { x: last.x, y: last.y + last.height + NODE_GAP };
  } else {
    spot = { x: emptyColumnX(column, nodes), y: near?.y ?? (nodes.length ? Math.min(...nodes.map((n) => n.y)) : 0) };
  }
  return freeSpot(spot, size, nodes);
}

/**
 * The first spot at or below `from` (in steps of a node's height) where a node of `size` overlaps none of `nodes`.
 * @example freeSpot({ x: 0, y: 0 }, { width: 210, height: 78 }, []) // { x: 0, y: 0 }
 */
export function freeSpot(from: XY, size: Size, nodes: readonly PlacedNode[]): XY {
  const spot = { x: Math.round(from.x), y: Math.round(from.y) };
  for (;;) {
    const hit = nodes.filter((n) => overlaps(spot, size, n));
    if (!hit.length) return spot;
    spot.y = Math.round(Math.max(...hit.map((n) => n.y + n.height)) + NODE_GAP);
  }
}

// An empty column sits one step right of the nearest column to its left that has nodes, or left of the one to its right.
function emptyColumnX(column: number, nodes: readonly PlacedNode[]): number {
  const xs = new Map<number, number>();
  for (const n of nodes) {
    const c = COLUMN[n.kind];
    xs.set(c, Math.min(xs.get(c) ?? Infinity, n.x));
  }
  for (let d = 1; d <= 3; d++) {
    const left = xs.get(column - d);
    if (left !== undefined) return left + d * COLUMN_STEP;
    const right = xs.get(column + d);
    if (right !== undefined) return right - d * COLUMN_STEP;
  }
  return column * COLUMN_STEP;
}

// Touching or closer than the gap counts as overlapping: a node squeezed against another hides its handles and wires.
function overlaps(at: XY, size: Size, n: PlacedNode): boolean {
  return (
    at.x < n.x + n.width + NODE_GAP &&
    n.x < at.x + size.width + NODE_GAP &&
    at.y < n.y + n.height + NODE_GAP &&
    n.y < at.y + size.height + NODE_GAP
  );
}
