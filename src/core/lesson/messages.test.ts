import { describe, expect, it } from 'vitest';
import { lessonMessages } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('lesson messages', () => {
  it('have the same keys, non-empty, in English and Japanese', () => {
    expect(Object.keys(lessonMessages.ja).sort()).toEqual(Object.keys(lessonMessages.en).sort());
    for (const [key, en] of Object.entries(lessonMessages.en)) {
      expect(en.trim(), key).not.toBe('');
      expect(lessonMessages.ja[key as keyof typeof lessonMessages.en].trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, en] of Object.entries(lessonMessages.en)) {
      expect(placeholders(lessonMessages.ja[key as keyof typeof lessonMessages.en]), key).toEqual(placeholders(en));
    }
  });

  it('are actually translated: Japanese text differs from English and uses Microsoft’s terms', () => {
    for (const [key, en] of Object.entries(lessonMessages.en)) {
      expect(lessonMessages.ja[key as keyof typeof lessonMessages.en], key).not.toBe(en);
    }
    const all = Object.values(lessonMessages.ja).join('\n');
    for (const term of [
      'フロントエンド',
      'バックエンド プール',
      '負荷分散規則',
      '正常性プローブ',
      'フローティング IP',
      'ループバック インターフェイス',
    ]) {
      expect(all).toContain(term);
    }
  });
});
