import type { messages } from './messages';

type Key = keyof typeof messages.en;

/**
 * A count with its noun from the catalog, singular or plural.
 * @example countText(t, 2, 'warning') // '2 warnings' / '警告 2 件'
 */
export function countText(
  t: (key: Key, params?: Record<string, string | number>) => string,
  n: number,
  noun: 'row' | 'error' | 'warning',
): string {
  return t(n === 1 ? `${noun}.one` : `${noun}.other`, { n });
}
