import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { ja } from './messages.ja';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as (keyof typeof en)[];

describe('lesson panel messages', () => {
  it('have every key in both languages, translated, with the same placeholders', () => {
    expect(Object.keys(ja).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(ja[key].trim(), key).not.toBe('');
      // "VM" and "NIC" are the same word in both languages.
      if (!['vm', 'nic'].includes(key)) expect(ja[key], key).not.toBe(en[key]);
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
