// Text measuring, wrapping and escaping for the diagram. The core has no DOM to measure text with,
// so widths are estimated per character, erring wide: a box that is a little too big reads fine,
// a box that clips an address does not.

/** Font sizes (px) used by the diagram; the CSS in style.ts uses the same numbers. */
export const FONT = { mono: 12, sans: 12, small: 11, title: 15 } as const;

// Monospace fonts advance 0.60em (DejaVu Sans Mono 0.602, Menlo 0.602, Consolas 0.55); sans-serif
// averages below 0.6em for mixed text but capitals and bold run wider, so both round up.
const MONO_EM = 0.62;
const SANS_EM = 0.6;

// Japanese (kana, kanji, full-width forms) is drawn about 1em wide in both fonts, roughly twice a Latin
// character, so each counts as two character cells; arrows and symbols such as → ✗ ✓ stay one cell.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * Whether a character is full-width (two cells).
 * @example isWide('プ') // true
 */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/**
 * Width of `text` in character cells: one per Latin character, two per full-width character.
 * @example cells('IP アドレス') // 11
 */
export function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += isWide(ch) ? 2 : 1;
  return n;
}

/**
 * Estimated width in px of `text` in the monospace font, never less than the real width.
 * @example monoWidth('10.0.0.4:80') // 81.84
 */
export function monoWidth(text: string, size: number = FONT.mono): number {
  return cells(text) * size * MONO_EM;
}

/**
 * Estimated width in px of `text` in the sans-serif font.
 * @example sansWidth('Client') // 43.2
 */
export function sansWidth(text: string, size: number = FONT.sans): number {
  return cells(text) * size * SANS_EM;
}

/**
 * Escapes text for XML element content and double-quoted attribute values.
 * @example escapeXml('a<b & "c"') // 'a&lt;b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  // Control characters other than tab and newline are not allowed in XML 1.0 at all, even escaped.
  // eslint-disable-next-line no-control-regex
  const legal = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
  return legal.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * A number for an SVG attribute: at most one decimal, so output never depends on float noise.
 * @example num(12.3456) // '12.3'
 */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * Splits an `ip:port` endpoint into pieces that may start a new line: after each colon of an IPv6
 * address, and before the port. Joined, the pieces give back the endpoint.
 * @example endpointPieces('[2001:db8::10]:80') // [{text:'[2001:',part:'ip'}, …, {text:':80',part:'port'}]
 */
export function endpointPieces(ip: string, port?: number | string): { text: string; part: 'ip' | 'port' }[] {
  const shown = ip.includes(':') ? `[${ip}]` : ip;
  const pieces: { text: string; part: 'ip' | 'port' }[] = (shown.match(/[^:]*:|[^:]+$/g) ?? []).map((text) => ({ text, part: 'ip' }));
  if (port !== undefined) pieces.push({ text: `:${port}`, part: 'port' });
  return pieces;
}

/**
 * Packs pieces greedily into lines of at most `max` characters (a piece longer than that gets a line of
 * its own); an endpoint that fits stays on one line.
 * @example packLines([{text:'ab'},{text:'cd'}], 3) // [[{text:'ab'}],[{text:'cd'}]]
 */
export function packLines<T extends { text: string }>(pieces: T[], max: number): T[][] {
  const lines: T[][] = [];
  let line: T[] = [];
  let length = 0;
  for (const p of pieces) {
    if (line.length > 0 && length + p.text.length > max) {
      lines.push(line);
      line = [];
      length = 0;
    }
    line.push(p);
    length += p.text.length;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

// Japanese may break between any two characters, except before closing punctuation or a small kana.
const NO_BREAK_BEFORE = /^[、。，．・：；？！）」』】〕｝〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;

/**
 * Wraps prose to lines of at most `max` character cells: at spaces, and in Japanese also between characters.
 * Text without full-width characters wraps exactly like `wrapWords`.
 * @example wrapText('フローティング IP', 8) // ['フロー', 'ティング', 'IP']
 */
export function wrapText(text: string, max: number): string[] {
  if (![...text].some(isWide)) return wrapWords(text, max);
  // Tokens: a Latin word, a single full-width character, or a space; a line never starts with a space.
  const tokens = text.match(/\s+|[^\s]/gu) ?? [];
  const joined: string[] = [];
  for (const t of tokens) {
    const prev = joined.at(-1);
    const glue =
      prev !== undefined && !/\s/.test(t) && !/\s$/.test(prev) && ((!isWide(t) && !isWide(prev.at(-1)!)) || NO_BREAK_BEFORE.test(t));
    if (glue) joined[joined.length - 1] = prev + t;
    else joined.push(t);
  }
  const lines: string[] = [];
  let line = '';
  for (const t of joined) {
    if (/^\s+$/.test(t)) {
      if (line) line += ' ';
      continue;
    }
    if (line && cells(line) + cells(t) > max) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += t;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Wraps prose at spaces to lines of at most `max` characters (longer words are left whole).
 * @example wrapWords('the quick brown fox', 9) // ['the quick', 'brown fox']
 */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
