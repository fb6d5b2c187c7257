import { describe, expect, it } from 'vitest';
import { diagnosticMessages } from '../core/i18n/diagnostics';
import type { Messages } from '../core/i18n/locale';

// Every feature's and the shell's catalog, found by name so a new messages.ts is checked without editing this file.
const modules = import.meta.glob<{ messages?: Messages }>('/src/**/messages.ts', { eager: true });
const catalogs: [string, Messages][] = [
  ...Object.entries(modules).flatMap(([path, mod]) => (mod.messages ? [[path, mod.messages] as [string, Messages]] : [])),
  ['src/core/i18n/diagnostics.ts', diagnosticMessages],
];

// Japanese texts allowed to equal the English ones: product and tool names, protocol names, abbreviations.
const SAME_IN_BOTH = new Set([
  'IP', 'TCP', 'UDP', 'Tcp', 'Udp', 'All', 'Http', 'Https', 'SKU', 'Floatplan', 'VM', 'NIC', 'IPv4', 'IPv6', 'OS', 'JSON',
  'SVG', 'PNG', 'Standard', 'Basic', 'Gateway', 'Public', 'Internal', 'Terraform', 'Bicep', 'ARM', 'Azure CLI',
]);
// A text of placeholders and punctuation only ("{label} ({n})") has nothing to translate.
const hasWords = (s: string) => /\p{L}/u.test(s.replace(/\{\w+\}/g, ''));

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('finds the catalogs (the shell, the features and the diagnostics)', () => {
    const paths = catalogs.map(([p]) => p);
    expect(paths).toContain('/src/app/messages.ts');
    expect(paths.length).toBeGreaterThan(3);
  });

  describe.each(catalogs)('%s', (_path, catalog) => {
    it('has the same keys in English and Japanese', () => {
      expect(Object.keys(catalog.ja).sort()).toEqual(Object.keys(catalog.en).sort());
    });

    it('has a Japanese text for every key, not a copy of the English one', () => {
      for (const [key, en] of Object.entries(catalog.en)) {
        const ja = (catalog.ja as Record<string, string>)[key];
        expect(ja?.trim(), `${key} is empty in Japanese`).toBeTruthy();
        if (!SAME_IN_BOTH.has(en) && hasWords(en)) expect(ja, `${key} is not translated`).not.toBe(en);
      }
    });

    it('uses the same {placeholders} in both languages', () => {
      for (const [key, en] of Object.entries(catalog.en)) {
        expect(placeholders((catalog.ja as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(en));
      }
    });
  });
});
