import { COLLECTION, type NodeKind } from '../../core/edit/ids';
import type { Layout, LoadBalancerDef, Topology } from '../../core/topology/schema';
import { canvasId } from './canvasIds';
import { canvasWires } from './canvasWires';
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
// Between two load balancers' bands: room for both frames (groups.ts) and a gap.
const LB_GAP = 180;
// Between the sub-columns of one kind: narrower than between kinds, so each kind still reads as one band.
const SUB_COLUMN_GAP = 40;
const ROW_GAP = 22;
// A kind with this many nodes or fewer stays one column: small topologies keep the plain left-to-right picture.
const WRAP_ABOVE = 12;
// Inbound NAT rules share the rules column: both sit between the frontends and what they send to. VMs are shared.
const COLUMNS: readonly (readonly NodeKind[])[] = [['frontend'], ['rule', 'natRule'], ['backendPool']];

/** One node to place: its id and the size it is drawn at. */
export interface Placed {
  id: string;
  size: Size;
}

/** The elements of one kind of one load balancer (`lb`), or the shared VMs (`lb` undefined). */
export interface KindElements {
  lb: LoadBalancerDef | undefined;
  kind: NodeKind;
  elements: readonly { name: string }[];
}

const LB_KINDS: readonly NodeKind[] = ['frontend', 'rule', 'natRule', 'backendPool'];

/** The elements of a load balancer's kind (`inboundNatRules` may be left out: it reads as empty). */
function lbElements(lb: LoadBalancerDef, kind: NodeKind): readonly { name: string }[] {
  return kind === 'vm' ? [] : (lb[COLLECTION[kind] as 'frontends'] ?? []);
}

/** Every element the canvas draws, kind by kind per load balancer in the topology's order, then the shared VMs. */
export function canvasElements(t: Topology): KindElements[] {
  const out: KindElements[] = [];
  for (const lb of t.loadBalancers) for (const kind of LB_KINDS) out.push({ lb, kind, elements: lbElements(lb, kind) });
  out.push({ lb: undefined, kind: 'vm', elements: t.vms });
  return out;
}

/**
 * A node's stored position: its layout key (`ilb/frontend:FIP1`, `vm:VM1`), or a plain name, for hand-written files.
 * @example storedPosition({ 'vm:VM1': { x: 1, y: 2 } }, 'vm:VM1', 'VM1') // { x: 1, y: 2 }
 */
export function storedPosition(layout: Layout | undefined, id: string, name: string): XY | undefined {
  return layout?.[id] ?? layout?.[name];
}

/**
 * Left-to-right positions, one band per load balancer, top to bottom: in each, one column per kind (frontends →
 * rules and NAT rules → pools); the shared VMs in one column right of them all. Each column is in the tables' order,
 * or dagre's when it is loaded (so wires cross as little as possible, turned so that a topology whose wires do not
 * cross keeps the tables' order, FIP1 above FIP2). A long column wraps into sub-columns so the whole picture's
 * width-to-height ratio is near `aspect` (the view's) rather than a four-column sliver.
 */
export function arrange(
  t: Topology,
  sizeOf: (id: string) => Size | undefined = () => undefined,
  dagre: Dagre | undefined = dagreIfLoaded(),
  aspect: number = DEFAULT_ASPECT,
): Record<string, XY> {
  const lbColumns = t.loadBalancers.map((lb) =>
    COLUMNS.map((kinds) => kinds.flatMap((kind) => lbElements(lb, kind).map((e) => canvasId(lb.name, kind, e.name)))),
  );
  const vmColumn = t.vms.map((vm) => canvasId(undefined, 'vm', vm.name));
  const all = [...lbColumns.flat(), vmColumn];
  const rowOf = dagre ? likeTables(all, dagreRows(dagre, t, all, sizeOf)) : () => 0;
  const order = (ids: readonly string[]) =>
    ids
      .map((id, i) => ({ id, i, y: rowOf(id) }))
      .sort((a, b) => a.y - b.y || a.i - b.i)
      .map((o) => ({ id: o.id, size: sizeOf(o.id) ?? DEFAULT_NODE_SIZE }));
  const positions: Record<string, XY> = {};
  // The load balancers' stack and the VMs' column share the width by their numbers of nodes; each load balancer, one
  // of a stack, may be as many times wider as there are of them.
  const target = aspect > 0 && Number.isFinite(aspect) ? aspect : DEFAULT_ASPECT;
  const lbNodes = lbColumns.flat(2).length;
  const share = lbNodes + vmColumn.length > 0 ? lbNodes / (lbNodes + vmColumn.length) : 1;
  const lbAspect = target * Math.max(share, 0.05) * Math.max(1, t.loadBalancers.length);
  const vmAspect = target * Math.max(1 - share, 0.05);
  // Each load balancer's bands are centred on its own middle line; the first's is y = 0 (as with one load balancer), the
  // next ones below, and the VMs are centred on the middle of them all.
  let bottom: number | undefined;
  let first: number | undefined;
  let last = 0;
  let right = 0;
  for (const columns of lbColumns) {
    const bands = columns.map(order);
    // Stacked load balancers may each wrap shorter than one alone would, so the stack can still take a wide view's shape.
    const placed = placeBands(
      bands,
      lbAspect,
      t.loadBalancers.length > 1 ? Math.max(3, Math.ceil(WRAP_ABOVE / t.loadBalancers.length)) : WRAP_ABOVE,
    );
    const sized = bands.flat();
    if (!sized.length) continue;
    const minY = Math.min(...sized.map((p) => placed[p.id]!.y));
    const maxY = Math.max(...sized.map((p) => placed[p.id]!.y + p.size.height));
    const middle = bottom === undefined ? 0 : bottom + LB_GAP - minY;
    first ??= middle;
    last = middle;
    for (const p of sized) {
      const at = placed[p.id]!;
      positions[p.id] = { x: at.x, y: at.y + middle };
      right = Math.max(right, at.x + p.size.width);
    }
    bottom = maxY + middle;
  }
  const vms = order(vmColumn);
  if (vms.length) {
    const placed = placeBands([vms], lbNodes ? vmAspect : target);
    const middle = first === undefined ? 0 : Math.round((first + last) / 2);
    const left = bottom === undefined ? 0 : right + COLUMN_GAP;
    for (const p of vms) positions[p.id] = { x: Math.round(placed[p.id]!.x + left), y: Math.round(placed[p.id]!.y + middle) };
  }
  return positions;
}

/**
 * Places bands of nodes left to right, each band top to bottom in its order, wrapping every band at the same number
 * of rows: the one that brings the picture's width-to-height ratio nearest `aspect`. Each band is centred on y = 0.
 * @example placeBands([[{ id: 'a', size }], [{ id: 'b', size }]], 1.6) // { a: { x: 0, y: -39 }, b: { x: 320, y: -39 } }
 */
export function placeBands(
  bands: readonly (readonly Placed[])[],
  aspect: number = DEFAULT_ASPECT,
  minRows: number = WRAP_ABOVE,
): Record<string, XY> {
  const rows = rowsFor(bands, aspect, minRows);
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
function rowsFor(bands: readonly (readonly Placed[])[], aspect: number, minRows: number): number {
  const longest = Math.max(0, ...bands.map((b) => b.length));
  if (longest <= minRows) return Math.max(longest, 1);
  const widest = bands.map((b) => Math.max(DEFAULT_NODE_SIZE.width, ...b.map((p) => p.size.width)));
  const pitch = Math.max(...bands.flatMap((b) => b.map((p) => p.size.height))) + ROW_GAP;
  const target = Math.log(aspect > 0 && Number.isFinite(aspect) ? aspect : DEFAULT_ASPECT);
  let best = longest;
  let bestMiss = Infinity;
  for (let rows = minRows; rows <= longest; rows++) {
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
export function needsAutoLayout(t: Topology): boolean {
  return unplacedIds(t).length > 0;
}

// Per collection array: the load balancer and layout it was checked against and the ids it left unplaced. An edit
// replaces only the arrays it changes (and the layout only when it moves something), so the others are not walked again.
const unplacedCache = new WeakMap<readonly object[], { lb: string | undefined; layout: Layout | undefined; ids: readonly string[] }>();

/** The node ids without a stored position, kind by kind in the topology's order. */
export function unplacedIds(t: Topology): readonly string[] {
  const all: string[] = [];
  for (const { lb, kind, elements } of canvasElements(t)) {
    let hit = unplacedCache.get(elements);
    if (!hit || hit.layout !== t.layout || hit.lb !== lb?.name) {
      hit = {
        lb: lb?.name,
        layout: t.layout,
        ids: elements.flatMap((e) => {
          const id = canvasId(lb?.name, kind, e.name);
          return storedPosition(t.layout, id, e.name) ? [] : [id];
        }),
      };
      unplacedCache.set(elements, hit);
    }
    all.push(...hit.ids);
  }
  return all;
}

/** Fetches dagre when `t` has nodes without a stored position; the app awaits it before the first render. */
export async function prepareLayout(t: Topology): Promise<void> {
  if (needsAutoLayout(t)) await loadDagre();
}

// dagre's order of each column, so wires cross as little as possible (likeTables turns it the tables' way up).
function dagreRows(
  dagre: Dagre,
  t: Topology,
  columns: readonly string[][],
  sizeOf: (id: string) => Size | undefined,
): (id: string) => number {
  const g = new dagre.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: ROW_GAP, ranksep: COLUMN_GAP });
  g.setDefaultEdgeLabel(() => ({}));
  for (const ids of columns) for (const id of ids) g.setNode(id, { ...(sizeOf(id) ?? DEFAULT_NODE_SIZE) });
  for (const w of canvasWires(t)) if (g.hasNode(w.source) && g.hasNode(w.target)) g.setEdge(w.source, w.target);
  dagre.layout(g);
  return (id) => g.node(id)?.y ?? 0;
}
