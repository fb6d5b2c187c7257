// JSON parsing with a position the user can find. ARM templates may carry // and /* */ comments (Azure
// accepts them), so a JSONC parser reads them; a real syntax error is reported by line and column.
import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { IMPORT_LIMITS } from '../budget';
import { english, itext, type ImportMessageKey, type ImportText } from '../text';

/** `error` is the English text; `text` the same as a catalog text for other languages. */
export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string; text: ImportText };

function failed(text: ImportText): JsonParse {
  return { ok: false, error: english(text), text };
}

/** Line and column (1-based) of a character offset. @example lineColumn('a\nbc', 3) // { line: 2, column: 2 } */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

// jsonc-parser's codes, in words a user acts on (the catalog's `json.<code>` texts).
const WORDS = new Set([
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'UnexpectedEndOfString',
  'UnexpectedEndOfComment',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
]);

/**
 * Parses JSON (comments, trailing commas and a byte-order mark allowed), or says where and why it is not JSON.
 * @example parseJson('{"a": }') // { ok: false, error: 'This is not valid JSON (line 1, column 7): expected a value. …' }
 */
export function parseJson(raw: string): JsonParse {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failed(itext('error.jsonEmpty'));
  // The parser and everything after it recurse per level: refuse a nesting no template has before any of them runs.
  const deep = tooDeep(text, IMPORT_LIMITS.depth);
  if (deep !== undefined) {
    const { line, column } = lineColumn(text, deep);
    return failed(itext('error.tooDeep', { max: IMPORT_LIMITS.depth, line, column }));
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (!first && tree) return { ok: true, value: toValue(tree) };
  if (!first) return failed(itext('error.jsonNoValue'));
  const { line, column } = lineColumn(text, first.offset);
  const code = printParseErrorCode(first.error);
  const problem = WORDS.has(code) ? itext(`json.${code}` as ImportMessageKey) : code;
  return failed(itext('error.json', { line, column, problem }));
}

// jsonc-parser's SyntaxKind is an ambient const enum, which isolated modules cannot read: its values, as published.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/**
 * The offset of the first bracket that opens level `max + 1` (strings and comments skipped), or undefined.
 * @example tooDeep('[[[1]]]', 2) // 2
 */
export function tooDeep(text: string, max: number): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > max) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** A parse tree as a plain value; keys are own properties even when named "__proto__" (as JSON.parse does). */
function toValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && value)
          Object.defineProperty(o, String(key.value), { value: toValue(value), enumerable: true, writable: true, configurable: true });
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}
