// The analysis worker's answers as changes to its previous answer. At 1,000 elements an answer holds ~900 findings
// twice (joined, and per load balancer): ~650 KB that the page spent ~12 ms taking in after every edit, though an
// edit of one rule changes a few of them. So the worker sends a finding it already sent as its position in the
// previous answer, and the page's side of the link puts its own copy back.
import type { Diagnostic } from '../core/diagnostics/diagnostic';
import type { AnalysisWire, PartWire } from './analysisWire';

/** A list of findings: each one, or the position in the previous answer's findings of an equal one. */
type PackedList = (Diagnostic | number)[];

/** An analysis wire whose finding lists are packed against the previous answer. */
export interface PackedWire extends Omit<AnalysisWire, 'diagnostics' | 'parts'> {
  diagnostics: PackedList;
  parts: (Omit<PartWire, 'diagnostics'> & { diagnostics: PackedList })[];
}

// Both sides go over an answer's findings in one order: the joined ones, then each load balancer's.

/** The worker's side: packs each answer against the one before (the first one whole). */
export function diagnosticsPacker(): (wire: AnalysisWire) => PackedWire {
  let previous = new Map<string, number>();
  // A load balancer the edit did not touch keeps its findings' objects (analyzeTopology's per-view cache).
  const keys = new WeakMap<Diagnostic, string>();
  const keyOf = (d: Diagnostic) => {
    let key = keys.get(d);
    if (key === undefined) keys.set(d, (key = JSON.stringify(d)));
    return key;
  };
  return (wire) => {
    const next = new Map<string, number>();
    let at = 0;
    const pack = (list: Diagnostic[]): PackedList =>
      list.map((d) => {
        const key = keyOf(d);
        if (!next.has(key)) next.set(key, at);
        at++;
        return previous.get(key) ?? d;
      });
    const packed: PackedWire = {
      ...wire,
      diagnostics: pack(wire.diagnostics),
      parts: wire.parts.map((part) => ({ ...part, diagnostics: pack(part.diagnostics) })),
    };
    previous = next;
    return packed;
  };
}

/** The page's side: unpacks each answer against the one before, with the page's own copies of repeated findings. */
export function diagnosticsUnpacker(): (packed: PackedWire) => AnalysisWire {
  let previous: Diagnostic[] = [];
  return (packed) => {
    const flat: Diagnostic[] = [];
    const unpack = (list: PackedList): Diagnostic[] =>
      list.map((item) => {
        const d = typeof item === 'number' ? previous[item] : item;
        if (d === undefined) throw new Error('The analysis worker answered against findings the page does not hold.');
        flat.push(d);
        return d;
      });
    const wire: AnalysisWire = {
      ...packed,
      diagnostics: unpack(packed.diagnostics),
      parts: packed.parts.map((part) => ({ ...part, diagnostics: unpack(part.diagnostics) })),
    };
    previous = flat;
    return wire;
  };
}
