/** A page of rows, and the rows of the selected rule that lie beyond it. */
export interface MappingPage<R> {
  rows: readonly R[];
  /** How many rows of the selected rule were added after the page (0 when they are on it, or there are none). */
  added: number;
}

/**
 * The first `limit` rows, followed by the selected rule's rows when none of them is on that page: selecting a rule
 * on the canvas or in a diagnostic shows its rows even when they sort far down a large mapping.
 * @example pageWithSelected(rows, 100, 'rule50') // { rows: [...first 100, ...rule50's rows], added: 29 }
 */
export function pageWithSelected<R extends { rule: string }>(
  shown: readonly R[],
  limit: number,
  selectedRule: string | undefined,
): MappingPage<R> {
  if (shown.length <= limit) return { rows: shown, added: 0 };
  const page = shown.slice(0, limit);
  if (selectedRule === undefined || page.some((r) => r.rule === selectedRule)) return { rows: page, added: 0 };
  const selected = shown.filter((r) => r.rule === selectedRule);
  return { rows: selected.length ? [...page, ...selected] : page, added: selected.length };
}
