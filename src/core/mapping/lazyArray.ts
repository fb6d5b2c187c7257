// Rows built when read (rowsOnDemand) and row lists joined without copying (rowsAcross) are both read-only arrays
// whose elements come from a function. This is the one Proxy behind both, so the array semantics (index keys,
// length, `in`, keys, slice, array methods, refusal of writes) are written and fixed in one place.

/** Where a {@link lazyArray} gets its elements. */
export interface LazyArraySource<T> {
  length: number;
  /** The element at `i` (0 <= i < length), built or looked up; called only before `every` has run. */
  at: (i: number) => T;
  /**
   * Builds every element into a plain array; called at most once. With it, `slice` builds only the elements it
   * returns until then, and the first call of any other array method (map, find, iteration, …) runs on that array,
   * as do later reads. Without it, array methods read element by element through `at`.
   */
  every?: () => T[];
  /** A symbol-keyed value the array answers (rowsOnDemand's rule runs). */
  tag?: readonly [symbol, unknown];
}

/**
 * A read-only array of `source.length` elements read through `source.at`, without holding them up front.
 * @example lazyArray({ length: 3, at: (i) => i * i })[2] // 4
 */
export function lazyArray<T>({ length, at, every, tag }: LazyArraySource<T>): readonly T[] {
  let all: T[] | undefined;
  const read = (i: number): T => (all ? all[i]! : at(i));
  const everyOnce = every && ((): T[] => (all ??= every()));
  const slice = (start?: number, end?: number): T[] => {
    const clamp = (x: number | undefined, otherwise: number) => {
      const n = Math.trunc(Number(x ?? otherwise)) || 0;
      return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
    };
    const out: T[] = [];
    for (let i = clamp(start, 0), to = clamp(end, length); i < to; i++) out.push(read(i));
    return out;
  };
  const indexOf = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string') return undefined;
    const c = key.charCodeAt(0);
    if (!(c >= 48 && c <= 57)) return undefined;
    const i = Number(key);
    return Number.isInteger(i) && i < length && String(i) === key ? i : undefined;
  };
  // The target stays empty: setting its length to 500,000 allocates a backing store the elements never use.
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      const i = indexOf(key);
      if (i !== undefined) return read(i);
      if (tag && key === tag[0]) return tag[1];
      if (key === 'length') return length;
      // A page of rows (the Mapping tab's first 500) builds only those rows.
      if (everyOnce && key === 'slice' && !all) return slice;
      const value: unknown = Reflect.get(target, key, receiver);
      // An array method reads every element: build them once into a plain array and let it run there.
      if (everyOnce && typeof value === 'function' && key !== 'constructor') {
        const elements = everyOnce();
        return (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(elements, args);
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
      if (i !== undefined) return { value: read(i), writable: false, enumerable: true, configurable: true };
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      return key === 'length' ? { ...own, value: length } : own;
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
