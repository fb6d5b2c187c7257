import { wiresOf } from '../../core/edit/graph';
import { elementsOf, namesOf, NODE_KINDS, nodeId, positionOf, type NodeKind } from '../../core/edit/ids';
import type { Topology } from '../../core/topology/schema';
import { dagreIfLoaded, loadDagre, type Dagre } from './dagre';

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
const COLUMN_GAP = 110;
const ROW_GAP = 22;
// Inbound NAT rules share the rules column: both sit between the frontends and what they send to.
const COLUMNS: readonly (readonly NodeKind[])[] = [['frontend'], ['rule', 'natRule'], ['backendPool'], ['vm']];

/**
 * Left-to-right positions: one column per kind (frontends → rules and NAT rules → pools → VMs), each column ordered
 * by dagre so wires cross as little as possible, then stacked evenly so nodes never overlap. dagre loads on demand
 * (dagre.ts): without it each column keeps the topology's order.
 */
export function arrange(
  t: Topology,
  sizeOf: (id: string) => Size | undefined = () => undefined,
  dagre: Dagre | undefined = dagreIfLoaded(),
): Record<string, XY> {
  const columns = COLUMNS.map((kinds) => kinds.flatMap((kind) => namesOf(t, kind).map((name) => nodeId(kind, name))));
  const rowOf = dagre ? dagreRows(dagre, t, columns, sizeOf) : () => 0;

  const positions: Record<string, XY> = {};
  let x = 0;
  columns.forEach((ids) => {
    const order = ids.map((id, i) => ({ id, i, y: rowOf(id) })).sort((a, b) => a.y - b.y || a.i - b.i);
    const sizes = order.map((o) => sizeOf(o.id) ?? DEFAULT_NODE_SIZE);
    const height = sizes.reduce((sum, s) => sum + s.height + ROW_GAP, -ROW_GAP);
    let y = -Math.max(height, 0) / 2;
    order.forEach((o, i) => {
      positions[o.id] = { x, y: Math.round(y) };
      y += sizes[i]!.height + ROW_GAP;
    });
    x += Math.max(DEFAULT_NODE_SIZE.width, ...sizes.map((s) => s.width)) + COLUMN_GAP;
  });
  return positions;
}

/** Whether some node has no stored position, so the canvas needs an automatic one (and dagre). */
export function needsAutoLayout(t: Topology): boolean {
  return unplacedIds(t).length > 0;
}

// Per collection array: the layout it was checked against and the ids it left unplaced. An edit replaces only the
// arrays it changes (and the layout only when it moves something), so the others are not walked again.
const unplacedCache = new WeakMap<readonly object[], { layout: Topology['layout']; ids: readonly string[] }>();

/** The node ids without a stored position, kind by kind in the topology's order. */
export function unplacedIds(t: Topology): readonly string[] {
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
export async function prepareLayout(t: Topology): Promise<void> {
  if (needsAutoLayout(t)) await loadDagre();
}

// dagre's vertical position of each node, which orders every column so wires cross as little as possible.
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
  for (const w of wiresOf(t)) g.setEdge(w.source, w.target);
  dagre.layout(g);
  return (id) => g.node(id)?.y ?? 0;
}
