// Quoting for the three shells Floatplan writes. Every user-supplied string passes through one of these
// (or is rejected) before it reaches a script, so a hostile name can never run a command.

/**
 * POSIX shell single quotes: nothing inside is special; a quote is closed, escaped and reopened.
 * @example posixQuote("it's") // 'it'\''s'
 */
export function posixQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

// PowerShell treats the typographic single quotes as quote characters too; doubling escapes each of them.
const PS_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

/**
 * PowerShell single-quoted (verbatim) string: no `$` expansion; quotes are doubled.
 * @example psQuote("it's") // 'it''s'
 */
export function psQuote(s: string): string {
  return `'${s.replace(PS_QUOTES, (q) => q + q)}'`;
}

/** Characters cmd.exe cannot carry safely inside double quotes: `%` always expands, `"` ends the quote. */
const CMD_UNSAFE = /["%^&|<>\r\n]/;

/** Why `s` cannot be written inside cmd.exe double quotes, or undefined when it can. */
export function cmdUnsafeReason(s: string): string | undefined {
  const m = CMD_UNSAFE.exec(s);
  if (!m) return controlCharReason(s);
  const ch = m[0] === '\n' ? 'a newline' : m[0] === '\r' ? 'a carriage return' : `"${m[0]}"`;
  return `contains ${ch}, which cmd.exe cannot carry safely inside double quotes (", %, ^, &, |, <, > and newlines are refused); rename it or use the windows-powershell flavour`;
}

/**
 * cmd.exe double quotes; throws for a string {@link cmdUnsafeReason} refuses (generators check first).
 * @example cmdQuote('Ethernet 2') // "Ethernet 2"
 */
export function cmdQuote(s: string): string {
  const why = cmdUnsafeReason(s);
  if (why) throw new Error(`cmdQuote: ${JSON.stringify(s)} ${why}`);
  return `"${s}"`;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Why `s` holds a control character (newline, escape, NUL, line separator), or undefined. */
export function controlCharReason(s: string): string | undefined {
  const m = CONTROL.exec(s);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase();
  return `contains the control character U+${code}, which no script may carry (it could end a comment or rewrite the terminal)`;
}

/**
 * Text safe inside a one-line comment of any of the three shells: control characters are shown escaped.
 * @example commentText('a\nrm -rf /') // 'a\\nrm -rf /'
 */
export function commentText(s: string): string {
  return s.replace(new RegExp(CONTROL.source, 'g'), (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
