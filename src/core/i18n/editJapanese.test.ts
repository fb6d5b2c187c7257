import { describe, expect, it } from 'vitest';
import { messages } from '../edit/messages';
import { editEn } from '../edit/messages.en';
import { editJa } from '../edit/messages.ja';
import './ja';

// core/edit/messages.ts starts with English for Japanese; the Japanese table (fetched on demand by the app) fills it.
describe('the editing rules in Japanese', () => {
  it('read the Japanese catalog once core/i18n/ja.ts is loaded, and English stays English', () => {
    expect(messages.ja).toEqual(editJa);
    expect(messages.en).toBe(editEn);
    expect(messages.ja).not.toBe(editJa);
    expect(Object.values(messages.en)).not.toEqual(Object.values(messages.ja));
  });
});
