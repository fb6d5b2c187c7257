// The escapes shared by the quoted strings Floatplan reads and writes (HCL, Bicep): each syntax adds its own quote and
// interpolation escapes and its own form for any other control character.

const COMMON: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Escapes one character (or sequence) a syntax's pattern matched: its `special` escapes first, then backslash, line
 * feed, carriage return and tab, else `other` of the character's code.
 * @example escaper({ '"': '\\"' }, u4Escape)('\u0001') // '\\u0001'
 */
export function escaper(special: Readonly<Record<string, string>>, other: (code: number) => string): (c: string) => string {
  return (c) => special[c] ?? COMMON[c] ?? other(c.charCodeAt(0));
}

/** `\uXXXX`: four hex digits, as HCL (and JSON) write a code unit. */
export const u4Escape = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
