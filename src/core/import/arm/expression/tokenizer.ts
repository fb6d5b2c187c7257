// Tokens of the ARM template expression language (the text between the outer brackets).

export type TokenKind = 'string' | 'number' | 'identifier' | '(' | ')' | '[' | ']' | ',' | '.' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Decoded value: string contents with `''` unescaped, digits of a number, or the identifier. */
  text: string;
  /** Offset in the whole template string (including the leading `[`). */
  pos: number;
}

/** A tokenizer or parser failure at an offset of the template string. */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const PUNCTUATION = new Set(['(', ')', '[', ']', ',', '.']);

/**
 * Splits an expression body into tokens; `offset` is where `source` starts in the template string.
 * Throws ExpressionSyntaxError (caught by the parser) on an unterminated string or a stray character.
 * @example tokenize("add(1, 2)").map((t) => t.kind) // ['identifier', '(', 'number', ',', 'number', ')', 'eof']
 */
export function tokenize(source: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === "'") {
      const start = i;
      let text = '';
      i++;
      for (;;) {
        if (i >= source.length)
          throw new ExpressionSyntaxError(`unterminated string starting at ${offset + start}: expected a closing '`, offset + start);
        const d = source.charAt(i);
        if (d === "'") {
          if (source.charAt(i + 1) === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += d;
        i++;
      }
      tokens.push({ kind: 'string', text, pos: offset + start });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(source.charAt(i + 1)))) {
      const start = i;
      i++;
      while (i < source.length && /[0-9]/.test(source.charAt(i))) i++;
      tokens.push({ kind: 'number', text: source.slice(start, i), pos: offset + start });
    } else if (/[A-Za-z_$]/.test(c)) {
      const start = i;
      while (i < source.length && /[A-Za-z0-9_$]/.test(source.charAt(i))) i++;
      tokens.push({ kind: 'identifier', text: source.slice(start, i), pos: offset + start });
    } else if (PUNCTUATION.has(c)) {
      tokens.push({ kind: c as TokenKind, text: c, pos: offset + i });
      i++;
    } else {
      throw new ExpressionSyntaxError(
        `unexpected character '${c}' at ${offset + i}: expected a function call, a 'string', a number, '.', '[' or ']'`,
        offset + i,
      );
    }
  }
  tokens.push({ kind: 'eof', text: '', pos: offset + source.length });
  return tokens;
}
