// A topology with several load balancers has one row list per load balancer, each built on demand (rowsOnDemand).
// Joining them with concat or spread would build all 500,000 rows of the largest design at once; this joins them
// the same lazy way: an index read builds one row of one part, slice builds only the rows it returns.
import { lazyArray } from './lazyArray';

/**
 * The lists `parts` one after another as one read-only array; a single part is returned as it is.
 * @example rowsAcross([lbA.rows, lbB.rows])[lbA.rows.length] === lbB.rows[0] // true
 */
export function rowsAcross<T>(parts: readonly (readonly T[])[]): readonly T[] {
  if (parts.length === 1) return parts[0]!;
  const starts: number[] = [];
  let length = 0;
  for (const part of parts) {
    starts.push(length);
    length += part.length;
  }
  const at = (i: number): T => {
    // The last part starting at or before i holds it.
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return parts[lo]![i - starts[lo]!]!;
  };
  return lazyArray({ length, at, every: () => parts.flatMap((part) => part.slice()) });
}
