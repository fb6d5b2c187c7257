import { describe, expect, it } from 'vitest';
import { formatList } from './list';

describe('formatList', () => {
  it('joins names in English with a final "and", sorted and de-duplicated', () => {
    expect(formatList(['VM3', 'VM1', 'VM2', 'VM1'], 'en')).toBe('VM1, VM2 and VM3');
    expect(formatList(['VM1'], 'en')).toBe('VM1');
    expect(formatList([], 'en')).toBe('');
  });

  it('joins names in Japanese with 、', () => {
    expect(formatList(['VM3', 'VM1', 'VM2'], 'ja')).toBe('VM1、VM2、VM3');
    expect(formatList(['VM2', 'VM1'], 'ja')).toBe('VM1、VM2');
  });

  it('keeps the given order when asked (port numbers)', () => {
    expect(formatList(['0', '80', '443'], 'en', 5, true)).toBe('0, 80 and 443');
    expect(formatList(['0', '80', '443'], 'ja', 2, true)).toBe('0、80 ほか 1 件');
  });

  it('cuts long lists after max names in both languages', () => {
    const many = ['a', 'b', 'c', 'd'];
    expect(formatList(many, 'en', 2)).toBe('a, b and 2 more');
    expect(formatList(many, 'ja', 2)).toBe('a、b ほか 2 件');
  });
});
