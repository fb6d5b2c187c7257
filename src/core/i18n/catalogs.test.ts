import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';
import { render, type TextKey } from './text';

// Every core catalog, found by file name, so a new messages.en.ts that en.ts forgets fails here.
const english = import.meta.glob<Record<string, Record<string, string>>>('/src/core/**/messages.en.ts', { eager: true });

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the core catalogs', () => {
  it('has every key in every language', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same {placeholders} in every language', () => {
    for (const [key, text] of Object.entries(en)) expect(placeholders(ja[key as TextKey]), key).toEqual(placeholders(text));
  });

  it('renders every key in every language, placeholders filled', () => {
    for (const [key, text] of Object.entries(en)) {
      const params = Object.fromEntries(placeholders(text).map((p) => [p!, `<${p}>`]));
      for (const locale of ['en', 'ja'] as const) expect(render({ key: key as TextKey, params }, locale), `${locale} ${key}`).not.toMatch(/\{\w+\}/);
    }
  });

  it('gathers every messages.en.ts under src/core into the one table, no key lost to a collision', () => {
    const files = Object.keys(english);
    expect(files.length).toBeGreaterThanOrEqual(7);
    let count = 0;
    for (const mod of Object.values(english)) {
      const catalog = Object.values(mod)[0]!;
      count += Object.keys(catalog).length;
      for (const [key, text] of Object.entries(catalog)) expect(Object.entries(en).some(([k, t]) => k.endsWith(`.${key}`) && t === text), key).toBe(true);
    }
    expect(Object.keys(en)).toHaveLength(count);
  });
});
