import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';
import { render, type TextKey } from './text';

// Every core catalog, found by file name, so a new one is checked without editing this file.
type Module = Record<string, Record<string, string>>;
const english = import.meta.glob<Module>('/src/core/**/*essages.en.ts', { eager: true });
const japanese = import.meta.glob<Module>('/src/core/**/*essages.ja.ts', { eager: true });
// Catalogs of catalog texts (Text): gathered into en.ts/ja.ts. The others (diagram, trace, edit, lesson) are keyed
// tables their modules read directly with defineMessages.
const TEXT_CATALOGS = /\/src\/core\/(validation|import|topology|scripts|placeholders|nsg|check)\//;
const only = (mod: Module) => Object.values(mod)[0]!;

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// A language may say a value twice where another says it once; the set of values is what must agree.
const placeholderSet = (s: string) => [...new Set(placeholders(s))];

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
      for (const locale of ['en', 'ja'] as const)
        expect(render({ key: key as TextKey, params }, locale), `${locale} ${key}`).not.toMatch(/\{\w+\}/);
    }
  });

  it.each(Object.keys(english))('%s: its Japanese file has the same keys and placeholders', (path) => {
    const en = only(english[path]!);
    const ja = only(japanese[path.replace(/\.en\.ts$/, '.ja.ts')]!);
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) expect(placeholderSet(ja[key]!), key).toEqual(placeholderSet(text));
  });

  it('gathers every catalog of texts into the one table, no key lost to a collision', () => {
    const files = Object.keys(english).filter((f) => TEXT_CATALOGS.test(f));
    expect(files.length).toBeGreaterThanOrEqual(7);
    let count = 0;
    for (const file of files) {
      const catalog = only(english[file]!);
      count += Object.keys(catalog).length;
      for (const [key, text] of Object.entries(catalog))
        expect(
          Object.entries(en).some(([k, t]) => k.endsWith(`.${key}`) && t === text),
          key,
        ).toBe(true);
    }
    expect(Object.keys(en)).toHaveLength(count);
  });
});
