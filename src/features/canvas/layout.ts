import { Graph, layout } from '@dagrejs/dagre';
import { wiresOf } from '../../core/edit/graph';
import { namesOf, nodeId, type NodeKind } from '../../core/edit/ids';
import type { Topology } from '../../core/topology/schema';

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
 * by dagre so wires cross as little as possible, then stacked evenly so nodes never overlap.
 */
export function arrange(t: Topology, sizeOf: (id: string) => Size | undefined = () => undefined): Record<string, XY> {
  const g = new Graph();
  g.setGraph({ rankdir: 'LR', nodesep: ROW_GAP, ranksep: COLUMN_GAP });
  g.setDefaultEdgeLabel(() => ({}));
  const columns = COLUMNS.map((kinds) => kinds.flatMap((kind) => namesOf(t, kind).map((name) => nodeId(kind, name))));
  for (const ids of columns) for (const id of ids) g.setNode(id, { ...(sizeOf(id) ?? DEFAULT_NODE_SIZE) });
  for (const w of wiresOf(t)) g.setEdge(w.source, w.target);
  layout(g);

  const positions: Record<string, XY> = {};
  let x = 0;
  columns.forEach((ids) => {
    const order = ids.map((id, i) => ({ id, i, y: g.node(id)?.y ?? 0 })).sort((a, b) => a.y - b.y || a.i - b.i);
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

/** The column a kind sits in, left to right. */
export function columnOf(kind: NodeKind): number {
  return COLUMNS.findIndex((kinds) => kinds.includes(kind));
}
