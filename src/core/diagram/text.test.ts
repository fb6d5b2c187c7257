import { describe, expect, it } from 'vitest';
import { cells, endpointPieces, escapeXml, isWide, monoWidth, num, packLines, wrapText, wrapWords } from './text';

describe('diagram text helpers', () => {
  it('escapes markup, quotes and characters XML cannot hold', () => {
    expect(escapeXml(`<b>&"x"'`)).toBe('&lt;b&gt;&amp;&quot;x&quot;&apos;');
    expect(escapeXml('a\u0001b')).toBe('a\uFFFDb');
  });
  it('splits endpoints at IPv6 colons and before the port, losslessly', () => {
    const pieces = endpointPieces('2001:db8::10', 443);
    expect(pieces.map((p) => p.text).join('')).toBe('[2001:db8::10]:443');
    expect(pieces.at(-1)).toEqual({ text: ':443', part: 'port' });
    expect(endpointPieces('10.0.0.4', 80).map((p) => p.text)).toEqual(['10.0.0.4', ':80']);
  });
  it('packs pieces greedily and keeps an over-long piece whole', () => {
    expect(packLines([{ text: 'ab' }, { text: 'cd' }, { text: 'toolong' }], 4).map((l) => l.map((p) => p.text).join(''))).toEqual([
      'abcd',
      'toolong',
    ]);
    expect(wrapWords('the quick brown fox', 9)).toEqual(['the quick', 'brown fox']);
  });
  it('measures monospace text wider than 0.6em per character and rounds numbers to one decimal', () => {
    expect(monoWidth('0123456789')).toBeGreaterThanOrEqual(10 * 12 * 0.6);
    expect(num(12.3456)).toBe('12.3');
    expect(num(-0.01)).toBe('0');
  });
});

describe('full-width text', () => {
  it('counts Japanese as two cells and symbols as one', () => {
    expect(cells('IP アドレス')).toBe(11);
    expect(cells('→✗✓·')).toBe(4);
    expect(isWide('、')).toBe(true);
    expect(isWide('a')).toBe(false);
  });
  it('wraps Japanese between characters within the width, never before closing punctuation; English as wrapWords', () => {
    const text = 'ロード バランサーが宛先を VM1 の NIC の IP とバックエンド ポートに書き換えます。';
    const lines = wrapText(text, 20);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(cells(line), line).toBeLessThanOrEqual(20);
    expect(lines.every((l) => !/^[、。ー]/.test(l))).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(wrapText('the quick brown fox', 9)).toEqual(wrapWords('the quick brown fox', 9));
  });
});
