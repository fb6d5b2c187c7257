import { wiresOf } from '../../core/edit/graph';
import { elementsOf, namesOf, NODE_KINDS, nodeId, positionOf, type NodeKind } from '../../core/edit/ids';
import type { LbTopology } from '../../core/topology/schema';
import { dagreIfLoaded, loadDagre, type Dagre } from './dagre';
import { likeTables } from './tableOrder';

export interface XY {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

/** The size nodes are laid out with before the browser has measured them (matches canvas.css). */
export const DEFAULT_NODE_SIZE: Size = { width: 210, height: 78 };
/** The width-to-height ratio a large layout aims for when the view's is not known (a laptop's canvas). */
export const DEFAULT_ASPECT = 1.6;
const COLUMN_GAP = 110;
// Between the sub-columns of one kind: narrower than between kinds, so each kind still reads as one band.
const SUB_COLUMN_GAP = 40;
const ROW_GAP = 22;
// A kind with this many nodes or fewer stays one column: small topologies keep the plain left-to-right picture.
const WRAP_ABOVE = 12;
// Inbound NAT rules share the rules column: both sit between the frontends and what they send to.
const COLUMNS: readonly (readonly NodeKind[])[] = [['frontend'], ['rule', 'natRule'], ['backendPool'], ['vm']];

/** One node to place: its id and the size it is drawn at. */
export interface Placed {
  id: string;
  size: Size;
}

/**
 * Left-to-right positions: one band per kind (frontends → rules and NAT rules → pools → VMs), each in the tables'
 * order, or dagre's when it is loaded (so wires cross as little as possible, turned so that a topology whose wires
 * do not cross keeps the tables' order, FIP1 above FIP2). A long band wraps into sub-columns so the whole picture's
 * width-to-height ratio is near `aspect` (the view's) rather than a four-column sliver.
 */
export function arrange(
  t: LbTopology,
  sizeOf: (id: string) => Size | undefined = () => undefined,
  dagre: Dagre | undefined = dagreIfLoaded(),
  aspect: number = DEFAULT_ASPECT,
): Record<string, XY> {
  const columns = COLUMNS.map((kinds) => kinds.flatMap((kind) => namesOf(t, kind).map((name) => nodeId(kind, name))));
  const rowOf = dagre ? likeTables(columns, dagreRows(dagre, t, columns, sizeOf)) : () => 0;
  const ordered = columns.map((ids) =>
    ids
      .map((id, i) => ({ id, i, y: rowOf(id) }))
      .sort((a, b) => a.y - b.y || a.i - b.i)
      .map((o) => ({ id: o.id, size: sizeOf(o.id) ?? DEFAULT_NODE_SIZE })),
  );
  return placeBands(ordered, aspect);
}

/**
 * Places bands of nodes left to right, each band top to bottom in its order, wrapping every band at the same number
 * of rows: the one that brings the picture's width-to-height ratio nearest `aspect`. Each band is centred on y = 0.
 * @example placeBands([[{ id: 'a', size }], [{ id: 'b', size }]], 1.6) // { a: { x: 0, y: -39 }, b: { x: 320, y: -39 } }
 */
export function placeBands(bands: readonly (readonly Placed[])[], aspect: number = DEFAULT_ASPECT): Record<string, XY> {
  const rows = rowsFor(bands, aspect);
  const positions: Record<string, XY> = {};
  let x = 0;
  for (const band of bands) {
    const chunks: Placed[][] = [];
    for (let i = 0; i < band.length; i += rows) chunks.push(band.slice(i, i + rows));
    const heightOf = (chunk: readonly Placed[]) => chunk.reduce((sum, p) => sum + p.size.height + ROW_GAP, -ROW_GAP);
    const top = -Math.max(0, ...chunks.map(heightOf)) / 2;
    chunks.forEach((chunk, c) => {
      if (c > 0) x += SUB_COLUMN_GAP;
      let y = top;
      for (const p of chunk) {
        positions[p.id] = { x: Math.round(x), y: Math.round(y) };
        y += p.size.height + ROW_GAP;
      }
      x += Math.max(DEFAULT_NODE_SIZE.width, ...chunk.map((p) => p.size.width));
    });
    if (chunks.length === 0) x += DEFAULT_NODE_SIZE.width;
    x += COLUMN_GAP;
  }
  return positions;
}

// The number of rows per sub-column. Estimated from each band's largest node, which is what a reader sees anyway.
function rowsFor(bands: readonly (readonly Placed[])[], aspect: number): number {
  const longest = Math.max(0, ...bands.map((b) => b.length));
  if (longest <= WRAP_ABOVE) return Math.max(longest, 1);
  const widest = bands.map((b) => Math.max(DEFAULT_NODE_SIZE.width, ...b.map((p) => p.size.width)));
  const pitch = Math.max(...bands.flatMap((b) => b.map((p) => p.size.height))) + ROW_GAP;
  const target = Math.log(aspect > 0 && Number.isFinite(aspect) ? aspect : DEFAULT_ASPECT);
  let best = longest;
  let bestMiss = Infinity;
  for (let rows = WRAP_ABOVE; rows <= longest; rows++) {
    const width = bands.reduce((sum, b, k) => {
      const subColumns = Math.max(1, Math.ceil(b.length / rows));
      return sum + subColumns * (widest[k]! + SUB_COLUMN_GAP) - SUB_COLUMN_GAP + COLUMN_GAP;
    }, -COLUMN_GAP);
    const miss = Math.abs(Math.log(width / (rows * pitch)) - target);
    if (miss < bestMiss) [best, bestMiss] = [rows, miss];
  }
  return best;
}

/** Whether some node has no stored position, so the canvas needs an automatic one (and dagre). */
export function needsAutoLayout(t: LbTopology): boolean {
  return unplacedIds(t).length > 0;
}

// Per collection array: the layout it was checked against and the ids it left unplaced. An edit replaces only the
// arrays it changes (and the layout only when it moves something), so the others are not walked again.
const unplacedCache = new WeakMap<readonly object[], { layout: LbTopology['layout']; ids: readonly string[] }>();

/** The node ids without a stored position, kind by kind in the topology's order. */
export function unplacedIds(t: LbTopology): readonly string[] {
  const all: string[] = [];
  for (const kind of NODE_KINDS) {
    const elements = elementsOf(t, kind);
    let hit = unplacedCache.get(elements);
    if (!hit || hit.layout !== t.layout) {
      hit = { layout: t.layout, ids: elements.flatMap((e) => (positionOf(t.layout, kind, e.name) ? [] : [nodeId(kind, e.name)])) };
      unplacedCache.set(elements, hit);
    }
    all.push(...hit.ids);
  }
  return all;
}

/** Fetches dagre when `t` has nodes without a stored position; the app awaits it before the first render. */
export async function prepareLayout(t: LbTopology): Promise<void> {
  if (needsAutoLayout(t)) await loadDagre();
}

// dagre's order of each column, so wires cross as little as possible (likeTables turns it the tables' way up).
function dagreRows(
  dagre: Dagre,
  t: LbTopology,
  columns: readonly string[][],
  sizeOf: (id: string) => Size | undefined,
): (id: string) => number {
  const g = new dagre.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: ROW_GAP, ranksep: COLUMN_GAP });
  g.setDefaultEdgeLabel(() => ({}));
  for (const ids of columns) for (const id of ids) g.setNode(id, { ...(sizeOf(id) ?? DEFAULT_NODE_SIZE) });
  for (const w of wiresOf(t)) g.setEdge(w.source, w.target);
  dagre.layout(g);
  return (id) => g.node(id)?.y ?? 0;
}
