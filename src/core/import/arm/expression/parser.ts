import type { Expr, ParsedString } from './ast';
import { ExpressionSyntaxError, tokenize, type Token, type TokenKind } from './tokenizer';

/**
 * Parses one template string. `[…]` is an expression, `[[…` is the text `[…` and anything else is text.
 * Never throws: a syntax error comes back with its offset and what was expected.
 * @example parseTemplateString("[add(1, 2)]") // { ok: true, kind: 'expression', expr: { kind: 'call', name: 'add', … } }
 * @example parseTemplateString("[[not an expression]") // { ok: true, kind: 'text', value: '[not an expression]' }
 */
export function parseTemplateString(text: string): ParsedString {
  if (!isExpressionString(text)) {
    return { ok: true, kind: 'text', value: text.startsWith('[[') ? text.slice(1) : text };
  }
  // Azure's own limit (Learn, "Template limits": 24,576 characters in a template expression).
  if (text.length > MAX_EXPRESSION_CHARS) {
    return {
      ok: false,
      message: `the expression has ${text.length} characters, more than the ${MAX_EXPRESSION_CHARS} Azure allows in one template expression`,
      position: 0,
    };
  }
  try {
    const parser = new Parser(tokenize(text.slice(1, -1), 1));
    const expr = parser.parseExpression();
    parser.expect('eof', 'the end of the expression (a missing comma or an extra bracket?)');
    return { ok: true, kind: 'expression', expr };
  } catch (e) {
    if (e instanceof ExpressionSyntaxError) return { ok: false, message: e.message, position: e.position };
    throw e;
  }
}

/** True when ARM treats the string as an expression: starts with `[` (not `[[`) and ends with `]`. */
export function isExpressionString(text: string): boolean {
  return text.length >= 2 && text.startsWith('[') && !text.startsWith('[[') && text.endsWith(']');
}

// Deeper nesting than any real template; beyond it the text is refused instead of exhausting the stack. A chain
// of `.x` and `[i]` counts too: the evaluator recurses once per link.
const MAX_DEPTH = 100;
const MAX_EXPRESSION_CHARS = 24_576;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  expect(kind: TokenKind, what: string): Token {
    const t = this.peek();
    if (t.kind !== kind) throw new ExpressionSyntaxError(`expected ${what} at ${t.pos}, found ${describe(t)}`, t.pos);
    return this.next();
  }

  parseExpression(): Expr {
    const start = this.peek();
    if (++this.depth > MAX_DEPTH)
      throw new ExpressionSyntaxError(`the expression nests deeper than ${MAX_DEPTH} levels at ${start.pos}`, start.pos);
    const expr = this.parsePostfix();
    this.depth--;
    return expr;
  }

  private parsePostfix(): Expr {
    let expr = this.parsePrimary();
    for (let links = 1; ; links++) {
      const t = this.peek();
      if ((t.kind === '.' || t.kind === '[') && this.depth + links > MAX_DEPTH) {
        throw new ExpressionSyntaxError(`the expression nests deeper than ${MAX_DEPTH} levels at ${t.pos}`, t.pos);
      }
      if (t.kind === '.') {
        this.next();
        const name = this.expect('identifier', 'a property name after "."');
        expr = { kind: 'property', object: expr, name: name.text, pos: name.pos };
      } else if (t.kind === '[') {
        this.next();
        const index = this.parseExpression();
        this.expect(']', '"]" to close the index');
        expr = { kind: 'index', object: expr, index, pos: t.pos };
      } else {
        return expr;
      }
    }
  }

  private parsePrimary(): Expr {
    const t = this.next();
    if (t.kind === 'string') return { kind: 'string', value: t.text, pos: t.pos };
    if (t.kind === 'number') return { kind: 'number', value: Number(t.text), pos: t.pos };
    if (t.kind !== 'identifier')
      throw new ExpressionSyntaxError(`expected a function call, a 'string' or a number at ${t.pos}, found ${describe(t)}`, t.pos);
    let name = t.text;
    // User-defined functions are called as namespace.member(...).
    if (this.peek().kind === '.' && this.peek(1).kind === 'identifier' && this.peek(2).kind === '(') {
      this.next();
      name = `${name}.${this.next().text}`;
    }
    if (this.peek().kind !== '(') {
      const lower = name.toLowerCase();
      if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', pos: t.pos };
      if (lower === 'null') return { kind: 'literal', value: null, pos: t.pos };
      const after = this.peek();
      throw new ExpressionSyntaxError(
        `expected "(" after the function name '${name}' at ${after.pos}, found ${describe(after)}`,
        after.pos,
      );
    }
    this.next();
    const args: Expr[] = [];
    if (this.peek().kind === ')') {
      this.next();
    } else {
      for (;;) {
        args.push(this.parseExpression());
        const sep = this.next();
        if (sep.kind === ')') break;
        if (sep.kind !== ',')
          throw new ExpressionSyntaxError(
            `expected "," or ")" in the arguments of ${name}() at ${sep.pos}, found ${describe(sep)}`,
            sep.pos,
          );
      }
    }
    return { kind: 'call', name, args, pos: t.pos };
  }
}

function describe(t: Token): string {
  if (t.kind === 'eof') return 'the end of the expression';
  if (t.kind === 'string') return `the string '${t.text}'`;
  if (t.kind === 'number' || t.kind === 'identifier') return `"${t.text}"`;
  return `"${t.kind}"`;
}
