// What the canvas SVG draws, before any markup: its nodes (with positions) and wires, from the topology and its layout.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { wiresOf } from '../edit/graph';
import { elementsOf, NODE_KINDS, nodeId, positionOf } from '../edit/ids';
import type { LbTopology } from '../topology/schema';
import type { SvgKind } from './palette';

export interface SvgNode {
  id: string;
  kind: SvgKind;
  element: { name: string; placeholders?: readonly unknown[] };
  x: number;
  y: number;
  errors: number;
  warnings: number;
}

export interface SvgWire {
  id: string;
  source: string;
  target: string;
  status: 'ok' | 'warning' | 'error';
}

const KINDS: readonly SvgKind[] = [...NODE_KINDS, 'probe'];

// The automatic layout: one column per kind, left to right as packets travel; NAT rules under the rules, probes
// under the pools.
const COLUMN: Readonly<Record<SvgKind, number>> = { frontend: 0, rule: 1, natRule: 1, backendPool: 2, probe: 2, vm: 3 };
const COLUMN_STEP = 280;
const COLUMN_GAP = 80;
const ROW_STEP = 110;

function elements(t: LbTopology, kind: SvgKind): readonly { name: string }[] {
  return kind === 'probe' ? (t.probes ?? []) : elementsOf(t, kind);
}

/** The id of a node: the canvas's ids (`frontend:FE1`), and `probe:<name>` for probes. */
function idOf(kind: SvgKind, name: string): string {
  return kind === 'probe' ? `probe:${name}` : nodeId(kind, name);
}

/** Nodes in kind order, placed from the layout or, when it has no position, in the column of their kind. */
export function svgNodes(t: LbTopology, diagnostics: readonly Diagnostic[], widthOf: (n: Omit<SvgNode, 'x' | 'y'>) => number): SvgNode[] {
  const counts = countFindings(diagnostics);
  const placed: SvgNode[] = [];
  const unplaced: Omit<SvgNode, 'x' | 'y'>[] = [];
  for (const kind of KINDS) {
    for (const element of elements(t, kind)) {
      const id = idOf(kind, element.name);
      const c = counts.get(id) ?? { errors: 0, warnings: 0 };
      const base = { id, kind, element, errors: c.errors, warnings: c.warnings };
      const pos = kind === 'probe' ? (t.layout?.[id] ?? undefined) : positionOf(t.layout, kind, element.name);
      if (pos && Number.isFinite(pos.x) && Number.isFinite(pos.y)) placed.push({ ...base, x: pos.x, y: pos.y });
      else unplaced.push(base);
    }
  }
  // Automatic positions start below whatever the layout placed, so they never overlap it.
  const left = placed.length ? Math.min(...placed.map((n) => n.x)) : 0;
  const top = placed.length ? Math.max(...placed.map((n) => n.y)) + ROW_STEP + 40 : 0;
  // Each column is as wide as its widest node, so a long name never runs into the next column.
  const widths = [0, 0, 0, 0];
  for (const n of unplaced) widths[COLUMN[n.kind]] = Math.max(widths[COLUMN[n.kind]]!, widthOf(n));
  const starts = widths.map((_, col) =>
    widths.slice(0, col).reduce((sum, w) => sum + Math.max(w, COLUMN_STEP - COLUMN_GAP) + COLUMN_GAP, 0),
  );
  const rows = new Map<number, number>();
  const auto = unplaced.map((n) => {
    const col = COLUMN[n.kind];
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    return { ...n, x: left + starts[col]!, y: top + row * ROW_STEP };
  });
  const byId = new Map([...placed, ...auto].map((n) => [n.id, n]));
  const out: SvgNode[] = [];
  for (const kind of KINDS) for (const e of elements(t, kind)) out.push(byId.get(idOf(kind, e.name))!);
  // Two elements of one kind with one name are one node (validation reports the duplicate).
  return out.filter((n, i) => out.indexOf(n) === i);
}

/** The canvas's wires (core/edit/graph.ts) and each rule's wire to its probe. */
export function svgWires(t: LbTopology, diagnostics: readonly Diagnostic[]): SvgWire[] {
  const probes = new Set((t.probes ?? []).map((p) => p.name));
  const wires: { id: string; source: string; target: string }[] = wiresOf(t);
  for (const rule of t.rules) {
    if (rule.probe === undefined || !probes.has(rule.probe)) continue;
    const source = nodeId('rule', rule.name);
    const target = idOf('probe', rule.probe);
    wires.push({ id: `${source}->${target}`, source, target });
  }
  const byNode = diagnosticsByNode(diagnostics);
  return wires.map((w) => ({ id: w.id, source: w.source, target: w.target, status: wireStatus(byNode, w.source, w.target) }));
}

function diagnosticsByNode(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byNode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const ids = new Set<string>();
    for (const ref of d.refs) if ((KINDS as readonly string[]).includes(ref.kind)) ids.add(idOf(ref.kind as SvgKind, ref.name));
    for (const id of ids) byNode.set(id, [...(byNode.get(id) ?? []), d]);
  }
  return byNode;
}

function countFindings(diagnostics: readonly Diagnostic[]): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const [id, list] of diagnosticsByNode(diagnostics)) {
    const errors = list.filter((d) => d.severity === 'error').length;
    counts.set(id, { errors, warnings: list.length - errors });
  }
  return counts;
}

/** As on the canvas: a wire is coloured only when both ends share a finding. */
function wireStatus(byNode: Map<string, Diagnostic[]>, source: string, target: string): SvgWire['status'] {
  const from = byNode.get(source);
  const to = byNode.get(target);
  if (!from || !to) return 'ok';
  const shared = from.filter((d) => to.includes(d));
  if (shared.some((d) => d.severity === 'error')) return 'error';
  return shared.length > 0 ? 'warning' : 'ok';
}
