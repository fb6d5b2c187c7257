import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { ja } from './messages.ja';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('welcome messages', () => {
  it('have every key in both languages, translated, with the same placeholders', () => {
    const keys = Object.keys(en) as (keyof typeof en)[];
    expect(Object.keys(ja).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(ja[key].trim(), key).not.toBe('');
      expect(ja[key], key).not.toBe(en[key]);
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
