import type { RowViewProps } from './RowCells';

/**
 * Whether a memoised row can keep what it rendered: the analysis rebuilds its rows on every reply (an edit of one
 * rule gives all rows new objects), so rows are compared field by field (each field the same value or object), with
 * their conflict codes by content.
 */
export function sameRowProps<Row extends object>(a: RowViewProps<Row>, b: RowViewProps<Row>): boolean {
  return (
    a.selected === b.selected &&
    !a.vmSelected === !b.vmSelected &&
    a.onSelect === b.onSelect &&
    sameCodes(a.conflicts, b.conflicts) &&
    sameFields(a.row, b.row)
  );
}

function sameCodes(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((code, i) => code === b[i]);
}

function sameFields(a: object, b: object): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
