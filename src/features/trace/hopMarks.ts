import type { Field, Hop } from '../../core/trace/trace';
import { FIELDS } from './labels';

/** What "This hop" says of one header field: rewritten here, turned round by a reply, or the same. */
export type FieldMark = 'changed' | 'swapped' | 'same';

/**
 * Each header field's mark at a hop. A rewrite wins over the reply's swap: a field the reply both swaps and rewrites
 * (none today) reads "changed".
 * @example hopFieldMarks({ ...hop, swapped: true, changed: [] }).srcIp // 'swapped'
 */
export function hopFieldMarks(hop: Pick<Hop, 'changed' | 'swapped'>): Record<Field, FieldMark> {
  const marks = {} as Record<Field, FieldMark>;
  for (const f of FIELDS) marks[f] = hop.changed.includes(f) ? 'changed' : hop.swapped ? 'swapped' : 'same';
  return marks;
}
