// Test helpers for issue 12 item 1: read a script's bytes the way Windows PowerShell 5.1 and cmd.exe may read
// them (a legacy code page), and split the text into code and string literals, so a test can prove that no
// name ever leaves its string whatever the code page.
import iconv from 'iconv-lite';

/** The code pages a Windows machine may read a file in: UTF-8 (with its BOM), Western (1252), Japanese (932). */
export const CODE_PAGES = ['utf-8', 'cp1252', 'cp932'] as const;
export type CodePage = (typeof CODE_PAGES)[number];

/**
 * Characters that end a quoted string once UTF-8 is misread in 1252 or 932 (Ò, Ё, the curly quotes, whose bytes hit
 * 1252's quotes and 932's lead bytes), PowerShell and cmd syntax, and a kana and an astral character: what hostile
 * names in the Windows encoding tests are made of.
 */
export const HOSTILE_UNITS = [
  '\u00d2',
  '\u0401',
  '\u2018',
  '\u2019',
  '\u201a',
  '\u201b',
  "'",
  '"',
  '`',
  '$',
  ';',
  '#',
  'e',
  ' ',
  '(',
  ')',
  '\u3042',
  '\u{1f600}',
];

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The text Windows would see in `bytes` read in `codePage`. For the legacy code pages the byte-order mark is
 * dropped first: that is the worst case, a file whose BOM was lost (or a tool that ignores it).
 */
export function decodeAs(bytes: Uint8Array, codePage: CodePage): string {
  const bom = BOM.every((b, i) => bytes[i] === b);
  const body = Buffer.from(bom ? bytes.subarray(3) : bytes);
  return codePage === 'utf-8' ? body.toString('utf8') : iconv.decode(body, codePage);
}

/** What a PowerShell tokenizer sees: the code with each string literal replaced by a marker, and the literals' values. */
export interface Tokens {
  code: string;
  strings: string[];
}

// PowerShell's quote characters (tokenizer: IsSingleQuote / IsDoubleQuote).
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e']);

/**
 * Splits PowerShell text into code and string literals as PowerShell does: a single-quoted string ends at any
 * single quote character (ASCII or typographic) that is not doubled; a double-quoted one at a double quote
 * character not doubled or escaped with a backtick; `#` outside a string starts a comment to the end of the line.
 */
export function powerShellTokens(text: string): Tokens {
  let code = '';
  const strings: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const quotes = SINGLE.has(c) ? SINGLE : DOUBLE.has(c) ? DOUBLE : undefined;
    if (!quotes) {
      code += c;
      i++;
      continue;
    }
    let value = '';
    i++;
    for (;;) {
      if (i >= text.length) throw new Error('unterminated string');
      const d = text[i]!;
      if (quotes === DOUBLE && d === '`') {
        value += text[i + 1] ?? '';
        i += 2;
      } else if (quotes.has(d) && quotes.has(text[i + 1] ?? '')) {
        value += d;
        i += 2;
      } else if (quotes.has(d)) {
        i++;
        break;
      } else {
        value += d;
        i++;
      }
    }
    code += quotes === SINGLE ? "'…'" : '"…"';
    strings.push(value);
  }
  return { code, strings };
}

/**
 * The value of a PowerShell string expression as psQuote writes it: `'…'`, or `('…' + [char]0xXXXX + …)`.
 * Throws for anything else, so a test notices when the quoting changes shape.
 */
export function evaluatePowerShellString(expr: string): string {
  const inner = /^\((.*)\)$/s.exec(expr)?.[1] ?? expr;
  let out = '';
  let rest = inner;
  while (rest !== '') {
    const literal = /^'((?:[^']|'')*)'/.exec(rest);
    const char = /^\[char\]0x([0-9A-F]{4})/.exec(rest);
    if (literal) out += literal[1]!.replace(/''/g, "'");
    else if (char) out += String.fromCharCode(parseInt(char[1]!, 16));
    else throw new Error(`not a psQuote expression: ${expr}`);
    rest = rest.slice((literal ?? char)![0].length);
    if (rest.startsWith(' + ')) rest = rest.slice(3);
    else if (rest !== '') throw new Error(`not a psQuote expression: ${expr}`);
  }
  return out;
}

/**
 * What cmd.exe parses in a batch file: each line's code with double-quoted runs replaced by a marker, `REM`
 * lines as comments, and the quoted values. cmd.exe has only the ASCII double quote.
 */
export function cmdTokens(text: string): Tokens {
  const strings: string[] = [];
  const code = text
    .split(/\r?\n/)
    .map((line) => (/^REM( |$)/i.test(line) ? 'REM' : line.replace(/"([^"]*)"/g, (_m, v: string) => (strings.push(v), '"…"'))))
    .join('\n');
  return { code, strings };
}
