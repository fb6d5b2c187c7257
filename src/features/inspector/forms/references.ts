import type { Option } from '../fields/SelectField';

/** Options for a reference select: every element of that kind, plus "not connected" ("" in the format). */
export function referenceOptions<T extends { name: string }>(
  notConnected: string,
  items: readonly T[],
  label: (item: T) => string,
): Option[] {
  return [{ value: '', label: notConnected }, ...items.map((item) => ({ value: item.name, label: label(item) }))];
}
