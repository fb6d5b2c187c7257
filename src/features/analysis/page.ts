/** A page of rows, and the rows of the selected rule (or VM) that lie beyond it. */
export interface MappingPage<R> {
  rows: readonly R[];
  /** How many rows of the selected rule or VM were added after the page (0 when they are on it, or there are none). */
  added: number;
}

/**
 * The first `limit` rows, followed by the selected rule's (or the selected VM's) rows when none of them is on that
 * page: selecting a rule or a VM on the canvas or in a diagnostic shows its rows even when they sort far down a large
 * mapping.
 * @example pageWithSelected(rows, 100, 'rule50') // { rows: [...first 100, ...rule50's rows], added: 29 }
 * @example pageWithSelected(rows, 100, undefined, 'vm7') // { rows: [...first 100, ...vm7's rows], added: 12 }
 */
export function pageWithSelected<R extends { rule: string; vm?: string }>(
  shown: readonly R[],
  limit: number,
  selectedRule: string | undefined,
  selectedVm?: string,
): MappingPage<R> {
  if (shown.length <= limit) return { rows: shown, added: 0 };
  const page = shown.slice(0, limit);
  if (selectedRule === undefined && selectedVm === undefined) return { rows: page, added: 0 };
  const hit = (r: R) => (selectedRule !== undefined && r.rule === selectedRule) || (selectedVm !== undefined && r.vm === selectedVm);
  if (page.some(hit)) return { rows: page, added: 0 };
  const selected = shown.filter(hit);
  return { rows: selected.length ? [...page, ...selected] : page, added: selected.length };
}
