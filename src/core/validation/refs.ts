import type { ElementKind, ElementRef } from '../diagnostics/diagnostic';

/** Shorthand for an element reference. */
export const ref = (kind: ElementKind, name: string): ElementRef => ({ kind, name });

/** Names sorted and joined for a message: "VM1, VM2 and VM3" (at most `max`, then "and N more"). */
export function listNames(names: Iterable<string>, max = 5): string {
  const sorted = [...new Set(names)].sort();
  if (sorted.length <= 1) return sorted.join('');
  const shown = sorted.slice(0, Math.min(max, sorted.length));
  const rest = sorted.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** Two names in a stable order, so a diagnostic does not depend on the order of the input. */
export function sortedPair<T extends { name: string }>(a: T, b: T): [T, T] {
  return a.name <= b.name ? [a, b] : [b, a];
}
