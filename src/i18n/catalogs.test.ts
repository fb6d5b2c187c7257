import { describe, expect, it } from 'vitest';
import { loadTranslations, type English, type UiMessages } from './catalog';

// Every UI catalog, found by file name so a new one is checked without editing this file: one file per language
// (messages.en.ts, messages.ja.ts) and the messages.ts that combines them.
const english = import.meta.glob<{ en: English }>('/src/{app,features,lib}/**/messages.en.ts', { eager: true });
const japanese = import.meta.glob<{ ja: English }>('/src/{app,features,lib}/**/messages.ja.ts', { eager: true });
const combined = import.meta.glob<{ messages: UiMessages<English> }>('/src/{app,features,lib}/**/messages.ts', { eager: true });

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const uiCatalogs: [string, { en: English; ja: English }][] = Object.entries(english).map(([path, mod]) => [
  `${dirOf(path)}messages.*.ts`,
  { en: mod.en, ja: japanese[`${dirOf(path)}messages.ja.ts`]?.ja ?? {} },
]);
// The core's catalogs (src/core/**/messages.*.ts) are checked beside them, in src/core.
const catalogs = uiCatalogs;

// Japanese texts allowed to equal the English ones: product and tool names, protocol names, abbreviations.
const SAME_IN_BOTH = new Set([
  'IP',
  'TCP',
  'UDP',
  'Tcp',
  'Udp',
  'All',
  'Http',
  'Https',
  'SKU',
  'NSG',
  'Floatplan',
  'VM',
  'NIC',
  'IPv4',
  'IPv6',
  'OS',
  'JSON',
  'SVG',
  'PNG',
  'Standard',
  'Basic',
  'Gateway',
  'Public',
  'Internal',
  'Terraform',
  'Bicep',
  'ARM',
  'Azure CLI',
]);
// A text of placeholders and punctuation only ("{label} ({n})") has nothing to translate.
const hasWords = (s: string) => /\p{L}/u.test(s.replace(/\{\w+\}/g, ''));

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('finds the catalogs (the shell, the features and the shared pieces)', () => {
    const paths = catalogs.map(([p]) => p);
    expect(paths).toContain('/src/app/messages.*.ts');
    expect(paths).toContain('/src/lib/messages.*.ts');
    expect(paths.length).toBeGreaterThan(3);
  });

  it('gives every catalog one file per language and a messages.ts that combines them', () => {
    const dirs = (paths: string[]) => paths.map(dirOf).sort();
    expect(dirs(Object.keys(japanese))).toEqual(dirs(Object.keys(english)));
    expect(dirs(Object.keys(combined))).toEqual(dirs(Object.keys(english)));
  });

  it('loads each Japanese file into its own catalog when Japanese is chosen, and only then', async () => {
    for (const [path, mod] of Object.entries(combined)) expect(mod.messages.ja, path).toBe(mod.messages.en);
    await loadTranslations('ja');
    for (const [path, mod] of Object.entries(combined)) {
      expect(mod.messages.en, path).toBe(english[path.replace(/\.ts$/, '.en.ts')]?.en);
      expect(mod.messages.ja, path).toBe(japanese[path.replace(/\.ts$/, '.ja.ts')]?.ja);
    }
  });

  describe.each(catalogs)('%s', (_path, catalog) => {
    it('has the same keys in English and Japanese', () => {
      expect(Object.keys(catalog.ja).sort()).toEqual(Object.keys(catalog.en).sort());
    });

    it('has a Japanese text for every key, not a copy of the English one', () => {
      for (const [key, en] of Object.entries(catalog.en)) {
        const ja = catalog.ja[key];
        expect(ja?.trim(), `${key} is empty in Japanese`).toBeTruthy();
        if (!SAME_IN_BOTH.has(en) && hasWords(en)) expect(ja, `${key} is not translated`).not.toBe(en);
      }
    });

    it('uses the same {placeholders} in both languages', () => {
      for (const [key, en] of Object.entries(catalog.en)) {
        expect(placeholders(catalog.ja[key] ?? ''), key).toEqual(placeholders(en));
      }
    });
  });
});
