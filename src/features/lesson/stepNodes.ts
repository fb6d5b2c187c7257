import type { ElementRef } from '../../core/diagnostics/diagnostic';
import { parseNodeId } from '../../core/edit/ids';
import type { LessonStep } from '../../core/lesson/steps';

/**
 * The elements a step talks about, to select (and so highlight) on the canvas: its focus first, so the inspector,
 * Trace and Scripts tabs follow the element they did before, then every node its highlighted wires join.
 * @example stepSelection({ focus: [rule2], wires: ['frontend:FIP2->rule:rule2'] }) // [rule2, FIP2]
 */
export function stepSelection(step: Pick<LessonStep, 'focus' | 'wires'>): ElementRef[] {
  const out: ElementRef[] = [...step.focus];
  const seen = new Set(out.map((r) => `${r.kind}:${r.name}`));
  for (const wire of step.wires) {
    const at = wire.indexOf('->');
    if (at < 0) continue;
    for (const id of [wire.slice(0, at), wire.slice(at + 2)]) {
      const ref = parseNodeId(id);
      if (!ref || seen.has(id)) continue;
      seen.add(id);
      out.push(ref);
    }
  }
  return out;
}
