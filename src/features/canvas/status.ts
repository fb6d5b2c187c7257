import type { Diagnostic } from '../../core/diagnostics/diagnostic';
import { NODE_KINDS, type NodeKind } from '../../core/edit/ids';
import { canvasId } from './canvasIds';
import { messageOf } from '../../core/diagnostics/diagnostic';
import type { Locale } from '../../core/i18n/locale';
import type { PlaceholderLook } from './placeholderLook';

/** What the diagnostics say about one node, in a form cheap to compare. */
export interface NodeStatus {
  errors: number;
  warnings: number;
  /** Error and warning messages, for the node's tooltip. */
  messages: readonly string[];
  /** Set when the element holds placeholder values (placeholderLook.ts): the node is drawn dashed with a badge. */
  placeholder?: PlaceholderLook;
}

/** Wires are coloured only when both ends share a finding, so a single bad element does not paint its neighbours. */
export type EdgeStatus = 'error' | 'warning' | 'ok';

export const OK_STATUS: NodeStatus = Object.freeze({ errors: 0, warnings: 0, messages: Object.freeze([]) as readonly string[] });

/** Diagnostics indexed by the node ids they reference (only canvas kinds; info is left out). */
export interface DiagnosticIndex {
  byNode: ReadonlyMap<string, readonly Diagnostic[]>;
}

/**
 * Indexes the error and warning diagnostics by node id (canvasIds.ts); a ref that does not name its load balancer is
 * read as one of `fallback`'s (the focused load balancer).
 */
export function indexDiagnostics(diagnostics: readonly Diagnostic[], fallback?: string): DiagnosticIndex {
  const byNode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const seen = new Set<string>();
    for (const ref of d.refs) {
      if (!NODE_KINDS.includes(ref.kind as NodeKind)) continue;
      const id = canvasId(ref.loadBalancer ?? d.loadBalancer ?? fallback, ref.kind as NodeKind, ref.name);
      if (seen.has(id)) continue;
      seen.add(id);
      const list = byNode.get(id);
      if (list) list.push(d);
      else byNode.set(id, [d]);
    }
  }
  return { byNode };
}

/** The node's error/warning counts and messages (in `locale`). */
export function nodeStatus(index: DiagnosticIndex, id: string, locale: Locale = 'en'): NodeStatus {
  const list = index.byNode.get(id);
  if (!list) return OK_STATUS;
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings, messages: list.map((d) => messageOf(d, locale)) };
}

/** A string that changes exactly when the status does, to keep node data stable otherwise. */
export function statusKey(s: NodeStatus): string {
  return s === OK_STATUS ? '' : `${s.errors}|${s.warnings}|${s.messages.join('\u0000')}`;
}

/** Error when both ends share an error diagnostic, warning when they share a warning. */
export function edgeStatus(index: DiagnosticIndex, wire: { source: string; target: string }): EdgeStatus {
  const from = index.byNode.get(wire.source);
  const to = index.byNode.get(wire.target);
  if (!from || !to) return 'ok';
  const shared = from.filter((d) => to.includes(d));
  if (shared.some((d) => d.severity === 'error')) return 'error';
  return shared.length > 0 ? 'warning' : 'ok';
}
