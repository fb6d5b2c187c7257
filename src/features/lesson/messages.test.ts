import { describe, expect, it } from 'vitest';
import { messages } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(messages.en) as (keyof typeof messages.en)[];

describe('lesson panel messages', () => {
  it('have every key in both languages, translated, with the same placeholders', () => {
    expect(Object.keys(messages.ja).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(messages.ja[key].trim(), key).not.toBe('');
      // "VM" and "NIC" are the same word in both languages.
      if (!['vm', 'nic'].includes(key)) expect(messages.ja[key], key).not.toBe(messages.en[key]);
      expect(placeholders(messages.ja[key]), key).toEqual(placeholders(messages.en[key]));
    }
  });
});
