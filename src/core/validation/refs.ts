import type { ElementKind, ElementRef } from '../diagnostics/diagnostic';
import { formatList } from '../i18n/list';

/** Shorthand for an element reference. */
export const ref = (kind: ElementKind, name: string): ElementRef => ({ kind, name });

/** Names sorted and joined for an English message: "VM1, VM2 and VM3" (at most `max`, then "and N more"). */
export function listNames(names: Iterable<string>, max = 5): string {
  return formatList(names, 'en', max);
}

/** Two names in a stable order, so a diagnostic does not depend on the order of the input. */
export function sortedPair<T extends { name: string }>(a: T, b: T): [T, T] {
  return a.name <= b.name ? [a, b] : [b, a];
}
