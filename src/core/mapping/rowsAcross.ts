// A topology with several load balancers has one row list per load balancer, each built on demand (rowsOnDemand).
// Joining them with concat or spread would build all 500,000 rows of the largest design at once; this joins them
// the same lazy way: an index read builds one row of one part, slice builds only the rows it returns.

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
  const partOf = (i: number): number => {
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const at = (i: number): T => {
    const p = partOf(i);
    return parts[p]![i - starts[p]!]!;
  };
  let all: T[] | undefined;
  const every = (): T[] => (all ??= parts.flatMap((part) => part.slice()));
  const slice = (start?: number, end?: number): T[] => {
    const clamp = (x: number | undefined, otherwise: number) => {
      const n = Math.trunc(Number(x ?? otherwise)) || 0;
      return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
    };
    const out: T[] = [];
    for (let i = clamp(start, 0), to = clamp(end, length); i < to; i++) out.push(at(i));
    return out;
  };
  const indexOf = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string') return undefined;
    const c = key.charCodeAt(0);
    if (!(c >= 48 && c <= 57)) return undefined;
    const i = Number(key);
    return Number.isInteger(i) && i < length && String(i) === key ? i : undefined;
  };
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      const i = indexOf(key);
      if (i !== undefined) return all ? all[i] : at(i);
      if (key === 'length') return length;
      if (key === 'slice' && !all) return slice;
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value === 'function' && key !== 'constructor') {
        const rows = every();
        return (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(rows, args);
      }
      return value;
    },
    has(target, key) {
      return indexOf(key) !== undefined || Reflect.has(target, key);
    },
    ownKeys(target) {
      return [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(target)];
    },
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key);
      if (i !== undefined) return { value: at(i), writable: false, enumerable: true, configurable: true };
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      return key === 'length' ? { ...own, value: length } : own;
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
