import { describe, expect, it } from 'vitest';
import { readSizes, validSizes, writeSizes } from './workspaceLayout';

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

const PANELS = ['canvas', 'side'];

describe('workspace sizes', () => {
  it('reads back what it wrote', () => {
    const storage = memory();
    writeSizes(storage, 'top', { canvas: 72.5, side: 27.5 });
    expect(readSizes(storage, 'top', PANELS)).toEqual({ canvas: 72.5, side: 27.5 });
  });

  it('ignores corrupt or foreign stored values', () => {
    const corrupt = ['{', 'null', '[50,50]', '"x"', '{"canvas":50}', '{"canvas":50,"side":"50"}', '{"canvas":90,"side":90}'];
    for (const raw of corrupt) {
      expect(readSizes(memory({ 'floatplan.layout.v1.top': raw }), 'top', PANELS), raw).toBeUndefined();
    }
    expect(readSizes(memory({ 'floatplan.layout.v1.top': '{"canvas":50,"other":50}' }), 'top', PANELS)).toBeUndefined();
    expect(readSizes(memory({ 'floatplan.layout.v1.top': '{"canvas":-10,"side":110}' }), 'top', PANELS)).toBeUndefined();
    expect(readSizes(memory(), 'top', PANELS)).toBeUndefined();
  });

  it('survives a storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readSizes(throwing, 'top', PANELS)).toBeUndefined();
    expect(() => writeSizes(throwing, 'top', { canvas: 50, side: 50 })).not.toThrow();
    expect(readSizes(null, 'top', PANELS)).toBeUndefined();
  });

  it('accepts a collapsed panel and a sum rounded by the library', () => {
    expect(validSizes({ canvas: 100, side: 0 }, PANELS)).toEqual({ canvas: 100, side: 0 });
    expect(validSizes({ canvas: 66.6667, side: 33.3332 }, PANELS)).toBeDefined();
  });
});
