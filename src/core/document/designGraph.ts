// What the design diagrams (SVG, draw.io, Mermaid) of a topology with several load balancers draw: every load
// balancer's elements (ids `<lb>/<kind>:<name>`, the layout's v2 keys), the shared VMs once (`vm:<name>`), the wires
// inside each load balancer, the references between them, and one frame per load balancer around its elements.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { wiresOf } from '../edit/graph';
import { elementsOf, NODE_KINDS, nodeId } from '../edit/ids';
import { layoutKey, lbViews } from '../topology/design';
import type { LoadBalancerDef, Topology } from '../topology/schema';
import type { SvgKind } from './palette';
import { designReferences, type LbReference } from './references';

/** One element of a design: its id, kind, element, and load balancer (none for a VM). */
export interface DesignNode {
  id: string;
  kind: SvgKind;
  element: { name: string; placeholders?: readonly unknown[] };
  loadBalancer?: string;
  x: number;
  y: number;
}

/** A wire inside a load balancer (`wire`, `rule-probe`), or a reference between two (`gateway`, `nic`, `global`). */
export interface DesignWire {
  id: string;
  source: string;
  target: string;
  kind: 'wire' | 'rule-probe' | LbReference['kind'];
}

/** A load balancer's frame: its facts and outer edges (the title bar inside the top). */
export interface DesignFrame {
  loadBalancer: Pick<LoadBalancerDef, 'name' | 'sku' | 'type' | 'tier'>;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How a drawing measures its nodes and spaces its automatic columns. */
export interface Metrics {
  width: (n: Omit<DesignNode, 'x' | 'y'>) => number;
  height: number;
  rowStep: number;
  columnGap: number;
  minColumn: number;
  /** Room between a frame and its nodes, and the frame's title bar. */
  pad: number;
  title: number;
}

const COLUMN: Readonly<Record<SvgKind, number>> = { frontend: 0, rule: 1, natRule: 1, backendPool: 2, probe: 2, vm: 3 };

/** The id of a design element: `ilb/frontend:FE1`, `ilb/probe:hp`, `vm:VM1`. */
export function designId(kind: SvgKind, name: string, loadBalancer: string | undefined): string {
  if (kind === 'vm' || loadBalancer === undefined) return nodeId('vm', name);
  return layoutKey(loadBalancer, kind === 'probe' ? `probe:${name}` : nodeId(kind, name));
}

/**
 * Every element placed: at its layout position, else in automatic columns by kind, one band per load balancer below
 * whatever the layout placed (so frames do not overlap), and the VMs in a column of their own to the right.
 */
export function designNodes(t: Topology, metrics: Metrics): DesignNode[] {
  const raw: Omit<DesignNode, 'x' | 'y'>[] = [];
  for (const view of lbViews(t)) {
    const lb = view.loadBalancer.name;
    for (const kind of NODE_KINDS)
      if (kind !== 'vm')
        for (const element of elementsOf(view, kind)) raw.push({ id: designId(kind, element.name, lb), kind, element, loadBalancer: lb });
    for (const element of view.probes) raw.push({ id: designId('probe', element.name, lb), kind: 'probe', element, loadBalancer: lb });
  }
  for (const element of t.vms) raw.push({ id: designId('vm', element.name, undefined), kind: 'vm', element });
  // A name given twice in one load balancer (validation reports it) is one node.
  const seen = new Set<string>();
  const unique = raw.filter((n) => !seen.has(n.id) && !!seen.add(n.id));
  const at = (n: Omit<DesignNode, 'x' | 'y'>) => {
    const p = t.layout?.[n.id];
    return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? p : undefined;
  };
  const placed = unique.filter((n) => at(n));
  const left = placed.length ? Math.min(...placed.map((n) => at(n)!.x)) : 0;
  let top = placed.length ? Math.max(...placed.map((n) => at(n)!.y)) + metrics.rowStep + metrics.pad + metrics.title : 0;
  const widths = [0, 0, 0, 0];
  for (const n of unique) if (!at(n)) widths[COLUMN[n.kind]] = Math.max(widths[COLUMN[n.kind]]!, metrics.width(n));
  const starts = widths.map((_, col) =>
    widths.slice(0, col).reduce((sum, w) => sum + Math.max(w, metrics.minColumn) + metrics.columnGap, 0),
  );
  const auto = new Map<string, { x: number; y: number }>();
  const vmTop = top;
  for (const lb of t.loadBalancers) {
    const rows = [0, 0, 0];
    for (const n of unique) {
      if (n.loadBalancer !== lb.name || at(n)) continue;
      const col = COLUMN[n.kind];
      auto.set(n.id, { x: left + starts[col]!, y: top + rows[col]! * metrics.rowStep });
      rows[col]!++;
    }
    const band = Math.max(...rows);
    if (band) top += (band - 1) * metrics.rowStep + metrics.height + 2 * metrics.pad + metrics.title + metrics.columnGap;
  }
  let vmRow = 0;
  for (const n of unique)
    if (n.kind === 'vm' && !at(n)) auto.set(n.id, { x: left + starts[3]! + metrics.pad, y: vmTop + vmRow++ * metrics.rowStep });
  return unique.map((n) => ({ ...n, ...(at(n) ?? auto.get(n.id)!) }));
}

/** Every load balancer's wires and probe wires, then the references between load balancers whose ends are drawn. */
export function designWires(t: Topology, nodes: readonly DesignNode[]): DesignWire[] {
  const ids = new Set(nodes.map((n) => n.id));
  const out: DesignWire[] = [];
  const add = (source: string, target: string, kind: DesignWire['kind']) => {
    if (ids.has(source) && ids.has(target)) out.push({ id: `${source}->${target}`, source, target, kind });
  };
  const idOf = (lb: string) => (id: string) => (id.startsWith('vm:') ? id : layoutKey(lb, id));
  for (const view of lbViews(t)) {
    const lb = view.loadBalancer.name;
    const scoped = idOf(lb);
    for (const w of wiresOf(view)) add(scoped(w.source), scoped(w.target), 'wire');
    for (const rule of view.rules)
      if (rule.probe !== undefined) add(scoped(nodeId('rule', rule.name)), scoped(`probe:${rule.probe}`), 'rule-probe');
  }
  for (const r of designReferences(t))
    add(designId(r.from.kind, r.from.name, r.from.loadBalancer), designId('frontend', r.to.frontend, r.to.loadBalancer), r.kind);
  return out;
}

/** Each load balancer's frame around its own elements; an empty one gets a small frame below the drawing. */
export function designFrames(t: Topology, nodes: readonly DesignNode[], metrics: Metrics): DesignFrame[] {
  const boxes = new Map<string, Omit<DesignFrame, 'loadBalancer'>>();
  for (const n of nodes) {
    if (n.loadBalancer === undefined) continue;
    const w = metrics.width(n);
    const b = boxes.get(n.loadBalancer);
    const box = { left: n.x, top: n.y, right: n.x + w, bottom: n.y + metrics.height };
    boxes.set(
      n.loadBalancer,
      b
        ? {
            left: Math.min(b.left, box.left),
            top: Math.min(b.top, box.top),
            right: Math.max(b.right, box.right),
            bottom: Math.max(b.bottom, box.bottom),
          }
        : box,
    );
  }
  const xs = nodes.map((n) => n.x);
  let below = nodes.length ? Math.max(...nodes.map((n) => n.y)) + metrics.height + 2 * metrics.pad + metrics.title : 0;
  const left = xs.length ? Math.min(...xs) : 0;
  return t.loadBalancers.map((lb) => {
    let b = boxes.get(lb.name);
    if (!b) {
      b = { left, top: below, right: left + metrics.minColumn, bottom: below + metrics.height / 2 };
      below = b.bottom + 2 * metrics.pad + metrics.title + metrics.columnGap;
    }
    const { name, sku, type, tier } = lb;
    return {
      loadBalancer: { name, sku, type, ...(tier !== undefined && { tier }) },
      left: b.left - metrics.pad,
      top: b.top - metrics.pad - metrics.title,
      right: b.right + metrics.pad,
      bottom: b.bottom + metrics.pad,
    };
  });
}

/** The findings (errors and warnings) per design node id, from diagnostics whose refs carry their load balancer. */
export function designFindings(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byNode = new Map<string, Diagnostic[]>();
  const kinds = new Set<string>([...NODE_KINDS, 'probe']);
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const ids = new Set<string>();
    for (const ref of d.refs) if (kinds.has(ref.kind)) ids.add(designId(ref.kind as SvgKind, ref.name, ref.loadBalancer ?? d.loadBalancer));
    for (const id of ids) byNode.set(id, [...(byNode.get(id) ?? []), d]);
  }
  return byNode;
}
