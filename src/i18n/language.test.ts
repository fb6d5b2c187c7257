import { describe, expect, it } from 'vitest';
import { fill } from '../core/i18n/locale';
import { initialLanguage } from './language';

describe('initialLanguage', () => {
  it('prefers a remembered choice', () => expect(initialLanguage('ja', ['en-US'])).toBe('ja'));
  it('ignores an unknown remembered value and uses the browser language', () => expect(initialLanguage('xx', ['ja-JP', 'en'])).toBe('ja'));
  it('takes the first browser language it speaks', () => expect(initialLanguage(null, ['de-DE', 'en-GB', 'ja'])).toBe('en'));
  it('falls back to English', () => expect(initialLanguage(null, ['fr-FR'])).toBe('en'));
});

describe('fill', () => {
  it('replaces known placeholders and keeps unknown ones visible', () => expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}'));
});
