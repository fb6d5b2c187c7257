// Quoting for the three shells Floatplan writes. Every user-supplied string passes through one of these
// (or is rejected) before it reaches a script, so a hostile name can never run a command.
import { render, type Text, type TextParam } from '../i18n/text';

/**
 * POSIX shell single quotes: nothing inside is special; a quote is closed, escaped and reopened.
 * @example posixQuote("it's") // 'it'\''s'
 */
export function posixQuote(s: string): string {
  return s.includes("'") ? `'${s.replace(/'/g, `'\\''`)}'` : `'${s}'`;
}

/**
 * Text with every character outside printable ASCII written as `\uXXXX` (UTF-16 code units), for the parts of a
 * Windows script that are only read by people: Windows PowerShell 5.1 and cmd.exe decode a file without a
 * byte-order mark in a legacy code page, and only pure ASCII reads the same in every one of them.
 * @example asciiText('Café') // 'Caf\\u00e9'
 */
export function asciiText(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s;
  return s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * {@link asciiText} of each line. The common case, every line printable ASCII already, is found with one search of
 * all the lines (a PowerShell header holds a line per rule the VM serves).
 * @example asciiLines(['a', 'Café']) // ['a', 'Caf\\u00e9']
 */
export function asciiLines(lines: readonly string[]): readonly string[] {
  const joined = lines.join('\n');
  if (PRINTABLE_LINES.test(joined) && count(joined, '\n') === lines.length - 1) return lines;
  return lines.map(asciiText);
}

const PRINTABLE_LINES = /^[\x20-\x7e\n]*$/;

function count(s: string, c: string): number {
  let n = 0;
  for (let at = s.indexOf(c); at !== -1; at = s.indexOf(c, at + 1)) n++;
  return n;
}

/**
 * A PowerShell expression for exactly `s`, in pure ASCII so the script means the same in every code page:
 * a single-quoted (verbatim) string with `'` doubled, and each character outside printable ASCII as a
 * `[char]0xXXXX` joined with `+`. A raw non-ASCII character is never written: Windows PowerShell 5.1 reads a
 * `.ps1` without a byte-order mark in the ANSI code page, where UTF-8 bytes can turn into typographic quotes
 * that end a single-quoted string (issue 12).
 * @example psQuote("it's") // 'it''s'; psQuote('Ò;x') // ('' + [char]0x00D2 + ';x')
 */
export function psQuote(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return verbatim(s);
  const terms = s
    .match(/[\x20-\x7e]+|[^\x20-\x7e]/g)!
    .map((p) =>
      p.length > 1 || /[\x20-\x7e]/.test(p) ? verbatim(p) : `[char]0x${p.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  // Starting with a string makes every `+` a string concatenation ([char] + [char] would add numbers).
  return `(${terms[0]!.startsWith('[') ? "'' + " : ''}${terms.join(' + ')})`;
}

/** A PowerShell single-quoted string: nothing inside is special but the quote, doubled. */
function verbatim(text: string): string {
  return text.includes("'") ? `'${text.replace(/'/g, "''")}'` : `'${text}'`;
}

// Scripts quote every name and write every comment through these: the common case (plain text) skips the replace.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Characters cmd.exe cannot carry safely inside double quotes: `%` always expands, `"` ends the quote. */
const CMD_UNSAFE = /["%^&|<>\r\n]/;

/** Why `s` cannot be written inside cmd.exe double quotes, or undefined when it can. */
export function cmdUnsafeReason(s: string): Text | undefined {
  const m = CMD_UNSAFE.exec(s);
  if (!m) return controlCharReason(s);
  const ch: TextParam = m[0] === '\n' ? { key: 'script.ch.newline' } : m[0] === '\r' ? { key: 'script.ch.return' } : `"${m[0]}"`;
  return { key: 'script.why.cmd', params: { ch } };
}

/**
 * Why `s` cannot reach netsh from a `.cmd` file: cmd.exe reads the file in the OEM code page (437, 850, 932…), so a
 * non-ASCII character would arrive garbled; or undefined for pure ASCII.
 */
export function cmdNonAsciiReason(s: string): Text | undefined {
  const m = /[\u0080-\u{10ffff}]/u.exec(s);
  return m ? { key: 'script.why.cmdNonAscii', params: { ch: `"${m[0]}"` } } : undefined;
}

/**
 * A line for a cmd.exe `REM` comment: pure ASCII ({@link asciiText}), and `%` and `^` written as `\u0025` and
 * `\u005e`, since cmd.exe expands `%` even in a `REM` line (a stray `%~` ends the script) and a `^` at the end
 * of the first word joins the next line to the comment.
 * @example cmdCommentText('100% ü') // '100\\u0025 \\u00fc'
 */
export function cmdCommentText(s: string): string {
  return asciiText(commentText(s)).replace(/[%^]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * cmd.exe double quotes; throws for a string {@link cmdUnsafeReason} or {@link cmdNonAsciiReason} refuses (generators check first).
 * @example cmdQuote('Ethernet 2') // "Ethernet 2"
 */
export function cmdQuote(s: string): string {
  const why = cmdUnsafeReason(s) ?? cmdNonAsciiReason(s);
  if (why) throw new Error(`cmdQuote: ${JSON.stringify(s)} ${render(why, 'en')}`);
  return `"${s}"`;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

// Compiled once: a RegExp built per call was the largest single cost of writing 4,000 scripts.
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

/** Why `s` holds a control character (newline, escape, NUL, line separator), or undefined. */
export function controlCharReason(s: string): Text | undefined {
  const m = CONTROL.exec(s);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase();
  return { key: 'script.why.controlCode', params: { code } };
}

/**
 * Text safe inside a one-line comment of any of the three shells: control characters are shown escaped.
 * @example commentText('a\nrm -rf /') // 'a\\nrm -rf /'
 */
export function commentText(s: string): string {
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROL_ALL, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
