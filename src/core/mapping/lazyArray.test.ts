import { describe, expect, it } from 'vitest';
import { lazyArray } from './lazyArray';
import { rowsAcross } from './rowsAcross';

/** A lazy array of `n` objects that counts how many it built. */
function counted(n: number, every: boolean) {
  let built = 0;
  const at = (i: number) => (built++, { i });
  const array = lazyArray({ length: n, at, every: every ? () => Array.from({ length: n }, (_, i) => at(i)) : undefined });
  return { array, built: () => built };
}

describe('lazyArray', () => {
  it('reads as an array: index, length, in, keys, JSON, spread', () => {
    const { array } = counted(3, true);
    expect(array.length).toBe(3);
    expect(array[1]).toEqual({ i: 1 });
    expect([1 in array, 3 in array, '01' in array, (-1) in array]).toEqual([true, false, false, false]);
    expect(Object.keys(array)).toEqual(['0', '1', '2']);
    expect(JSON.stringify(array)).toBe('[{"i":0},{"i":1},{"i":2}]');
    expect(Array.isArray(array)).toBe(true);
  });

  it('with every: slice builds only what it returns, a method builds all once and later reads share them', () => {
    const { array, built } = counted(10, true);
    expect(array.slice(-3, -1)).toEqual([{ i: 7 }, { i: 8 }]);
    expect(built()).toBe(2);
    const mapped = array.map((x) => x);
    expect(built()).toBe(12);
    expect(array[4]).toBe(mapped[4]);
    expect(array.filter((x) => x.i > 7)).toEqual([{ i: 8 }, { i: 9 }]);
    expect(built()).toBe(12);
  });

  it('without every: methods read element by element through at', () => {
    const { array, built } = counted(4, false);
    expect(array.map((x) => x.i)).toEqual([0, 1, 2, 3]);
    expect(built()).toBe(4);
    expect(array[0]).not.toBe(array[0]);
  });

  it('answers its tag and refuses writes', () => {
    const key = Symbol('tag');
    const array = lazyArray({ length: 1, at: () => 1, tag: [key, 'runs'] });
    expect((array as unknown as Record<symbol, unknown>)[key]).toBe('runs');
    expect(() => ((array as unknown as number[])[0] = 2)).toThrow(TypeError);
    expect(() => delete (array as unknown as number[])[0]).toThrow(TypeError);
  });
});

describe('rowsAcross', () => {
  it('joins the parts in order, each read from its own part; one part is returned as it is', () => {
    const a = [1, 2, 3];
    const b: number[] = [];
    const c = [4, 5];
    const joined = rowsAcross([a, b, c]);
    expect(joined.length).toBe(5);
    expect(Array.from({ length: 6 }, (_, i) => joined[i])).toEqual([1, 2, 3, 4, 5, undefined]);
    expect(joined.slice(2, 4)).toEqual([3, 4]);
    expect([...joined]).toEqual([1, 2, 3, 4, 5]);
    expect(rowsAcross([a])).toBe(a);
  });
});
