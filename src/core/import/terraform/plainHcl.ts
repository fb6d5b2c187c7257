// The HCL that Floatplan's own export and most hand-written azurerm files consist of (blocks with labels, and
// attributes that are literals, references, or lists and maps of them), read in JavaScript into exactly the JSON
// hashicorp's parser (hcl2json, WebAssembly) makes of it, at a fraction of its cost: hcl2json was ~80% of a large
// import (6.4 s of 7 s for a 2.9 MB export). Anything outside this subset (functions, operators, heredocs,
// directives, comments `/* */`, unusual escapes or numbers) returns undefined and the caller asks hcl2json: this
// reader never guesses. plainHcl.fuzz.test.ts holds it equal to hcl2json on generated files.

type Json = Record<string, unknown>;

/** Thrown inside the reader when the text leaves the subset; caught by plainHcl. */
class NotPlain extends Error {}

const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_-]/;
// A reference as hcl2json writes it back (`${` + its source text + `}`): names, attributes and numeric indexes.
const TRAVERSAL = /[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*|\[[0-9]+\])*/y;
const NUMBER = /(?:0|[1-9][0-9]{0,14})(?![0-9A-Za-z_.-])/y;
const KEYWORDS = new Set(['for', 'if', 'in', 'true', 'false', 'null']);
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(): never {
    throw new NotPlain();
  }

  /** Spaces and tabs. */
  private spaces(): void {
    const s = this.s;
    while (s[this.i] === ' ' || s[this.i] === '\t') this.i++;
  }

  /** A line comment (`#` or `//`) through its end, if one starts here; `/*` leaves the subset. */
  private comment(): boolean {
    const s = this.s;
    const c = s[this.i];
    if (c === '/' && s[this.i + 1] === '*') this.fail();
    if (c !== '#' && !(c === '/' && s[this.i + 1] === '/')) return false;
    const end = s.indexOf('\n', this.i);
    this.i = end < 0 ? s.length : end;
    return true;
  }

  /** The end of a line (a newline, CRLF, or the end of the text), after spaces and a comment. */
  private endOfLine(): void {
    this.spaces();
    this.comment();
    const s = this.s;
    if (this.i >= s.length) return;
    if (s[this.i] === '\r' && s[this.i + 1] === '\n') this.i += 2;
    else if (s[this.i] === '\n') this.i++;
    else this.fail();
  }

  /** Spaces, newlines and line comments (between body items, inside brackets). */
  private blank(): void {
    const s = this.s;
    for (;;) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || (c === '\r' && s[this.i + 1] === '\n')) this.i++;
      else if (!this.comment()) return;
    }
  }

  private identifier(): string {
    const s = this.s;
    const start = this.i;
    if (!IDENT_START.test(s[this.i] ?? '')) this.fail();
    while (this.i < s.length && IDENT.test(s[this.i]!)) this.i++;
    return s.slice(start, this.i);
  }

  /** A body: attributes and blocks up to `}` (nested) or the end of the text (the file). */
  body(nested: boolean): Json {
    const out: Json = {};
    const attributes = new Set<string>();
    const blocks = new Set<string>();
    for (;;) {
      this.blank();
      if (this.i >= this.s.length) {
        if (nested) this.fail();
        return out;
      }
      if (this.s[this.i] === '}') {
        if (!nested) this.fail();
        this.i++;
        return out;
      }
      const name = this.identifier();
      this.spaces();
      if (this.s[this.i] === '=' && this.s[this.i + 1] !== '=') {
        this.i++;
        if (attributes.has(name) || blocks.has(name)) this.fail();
        attributes.add(name);
        put(out, name, this.expression(false));
        this.endOfLine();
      } else {
        if (attributes.has(name)) this.fail();
        blocks.add(name);
        this.block(out, name);
      }
    }
  }

  /** A block after its type: labels, then `{` and a body on its own lines, or `{}` / `{ name = value }` on one. */
  private block(parent: Json, type: string): void {
    const labels: string[] = [];
    for (;;) {
      this.spaces();
      const c = this.s[this.i];
      if (c === '{') break;
      if (c === '"') labels.push(this.literalString());
      else labels.push(this.identifier());
    }
    this.i++;
    this.spaces();
    let body: Json;
    if (this.s[this.i] === '}') {
      this.i++;
      body = {};
    } else if (this.s[this.i] === '\n' || this.s[this.i] === '\r' || this.s[this.i] === '#' || this.s[this.i] === '/') {
      this.endOfLine();
      body = this.body(true);
    } else {
      // A single-line block holds one attribute.
      const name = this.identifier();
      this.spaces();
      if (this.s[this.i] !== '=' || this.s[this.i + 1] === '=') this.fail();
      this.i++;
      body = {};
      put(body, name, this.expression(false));
      this.spaces();
      if (this.s[this.i] !== '}') this.fail();
      this.i++;
    }
    this.endOfLine();
    // Blocks nest by label (`resource "t" "n"` → resource.t.n); a repeated block adds to the list.
    let at = parent;
    let key = type;
    for (const label of labels) {
      const next = Object.hasOwn(at, key) ? at[key] : put(at, key, {});
      if (typeof next !== 'object' || next === null || Array.isArray(next)) this.fail();
      at = next as Json;
      key = label;
    }
    const list = Object.hasOwn(at, key) ? at[key] : put(at, key, []);
    if (!Array.isArray(list)) this.fail();
    list.push(body);
  }

  /** A quoted string without interpolation (a label or a key): its value. */
  private literalString(): string {
    const parts = this.template();
    if (parts.some((p) => p.reference)) this.fail();
    return parts.map((p) => p.text).join('');
  }

  /** A quoted template: literal parts (unescaped) and `${reference}` parts. */
  private template(): { text: string; reference: boolean }[] {
    const s = this.s;
    this.i++;
    const parts: { text: string; reference: boolean }[] = [];
    let literal = '';
    for (;;) {
      const c = s[this.i];
      if (c === undefined || c === '\n' || c === '\r') this.fail();
      if (c === '"') break;
      if (c === '\\') {
        const e = s[this.i + 1] ?? '';
        if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(s.slice(this.i + 2, this.i + 6))) {
          const code = parseInt(s.slice(this.i + 2, this.i + 6), 16);
          // A lone surrogate has no UTF-8 form; hcl2json's answer to it is not this reader's to guess.
          if (code >= 0xd800 && code <= 0xdfff) this.fail();
          literal += String.fromCharCode(code);
          this.i += 6;
        } else if (Object.hasOwn(ESCAPES, e)) {
          literal += ESCAPES[e];
          this.i += 2;
        } else this.fail();
      } else if ((c === '$' || c === '%') && s[this.i + 1] === '{') {
        if (c === '%') this.fail();
        if (literal !== '') parts.push({ text: literal, reference: false });
        literal = '';
        this.i += 2;
        this.spaces();
        const reference = this.traversal();
        this.spaces();
        if (s[this.i] !== '}') this.fail();
        this.i++;
        parts.push({ text: `\${${reference}}`, reference: true });
      } else if ((c === '$' || c === '%') && s[this.i + 1] === c && s[this.i + 2] === '{') {
        this.fail();
      } else {
        literal += c;
        this.i++;
      }
    }
    this.i++;
    if (literal !== '') parts.push({ text: literal, reference: false });
    // A literal `${` or `%{` made by an escape would be written back escaped by hcl2json: left to it.
    if (parts.some((p) => !p.reference && /[$%]\{/.test(p.text))) this.fail();
    // HCL holds strings in Unicode normal form C; a file that is not already in it is left to hcl2json.
    // eslint-disable-next-line no-control-regex -- ASCII needs no normalising
    if (parts.some((p) => !p.reference && !/^[\x00-\x7f]*$/.test(p.text) && p.text.normalize('NFC') !== p.text)) this.fail();
    return parts;
  }

  private traversal(): string {
    TRAVERSAL.lastIndex = this.i;
    const m = TRAVERSAL.exec(this.s);
    if (!m) this.fail();
    this.i += m[0].length;
    return m[0];
  }

  /** An expression: literal, reference, or a list or map of them. `inBrackets`: newlines are blanks there. */
  private expression(inBrackets: boolean): unknown {
    this.spaces();
    const s = this.s;
    const c = s[this.i];
    let value: unknown;
    if (c === '"')
      value = this.template()
        .map((p) => p.text)
        .join('');
    else if (c === '[') value = this.tuple();
    else if (c === '{') value = this.object();
    else if (c !== undefined && c >= '0' && c <= '9') {
      NUMBER.lastIndex = this.i;
      const m = NUMBER.exec(s);
      if (!m) this.fail();
      this.i += m[0].length;
      value = Number(m[0]);
    } else {
      const reference = this.traversal();
      value = reference === 'true' ? true : reference === 'false' ? false : reference === 'null' ? null : `\${${reference}}`;
    }
    // What may follow a plain value: the end of its line, a separator or a closing bracket. Anything else (an
    // operator, a call, a splat, `?`) makes it an expression of another kind.
    if (inBrackets) this.blank();
    else this.spaces();
    const next = s[this.i];
    if (
      next !== undefined &&
      next !== '\n' &&
      next !== '\r' &&
      next !== '#' &&
      !(next === '/' && s[this.i + 1] === '/') &&
      next !== ',' &&
      next !== ']' &&
      next !== '}'
    )
      this.fail();
    return value;
  }

  private tuple(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    for (;;) {
      this.blank();
      if (this.s[this.i] === ']') break;
      // `[for …` opens a for expression.
      if (/^for(?![A-Za-z0-9_-])/.test(this.s.slice(this.i, this.i + 4))) this.fail();
      out.push(this.expression(true));
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== ']') this.fail();
    }
    this.i++;
    return out;
  }

  private object(): Json {
    this.i++;
    const out: Json = {};
    for (;;) {
      this.blank();
      if (this.s[this.i] === '}') break;
      const key = this.s[this.i] === '"' ? this.literalString() : this.identifier();
      // `{ for …` opens a for expression; keys that are keywords are left to hcl2json.
      if (KEYWORDS.has(key) && this.s[this.i - 1] !== '"') this.fail();
      if (Object.hasOwn(out, key)) this.fail();
      this.spaces();
      if ((this.s[this.i] !== '=' && this.s[this.i] !== ':') || this.s[this.i + 1] === '=') this.fail();
      this.i++;
      put(out, key, this.expressionInObject());
      if (this.s[this.i] === ',') this.i++;
    }
    this.i++;
    return out;
  }

  /** An object's value: ends at a comma, a newline or the closing brace. */
  private expressionInObject(): unknown {
    const value = this.expression(false);
    const c = this.s[this.i];
    if (c === ',' || c === '}' || c === '\n' || c === '\r' || c === '#' || c === '/') return value;
    return this.fail();
  }
}

/** Sets a key; `__proto__` and keys beyond ASCII (whose order hcl2json's Go sort may differ on) leave the subset. */
function put<T>(o: Json, key: string, value: T): T {
  // eslint-disable-next-line no-control-regex -- ASCII is the point
  if (key === '__proto__' || !/^[\x00-\x7f]*$/.test(key)) throw new NotPlain();
  o[key] = value;
  return value;
}

/** The same object with every map's keys in hcl2json's order (Go's encoding/json sorts them). */
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (typeof v !== 'object' || v === null) return v;
  const out: Json = {};
  for (const key of Object.keys(v).sort()) out[key] = sorted((v as Json)[key]);
  return out;
}

/**
 * hcl2json's JSON for a file of plain HCL, or undefined when the file is anything else (the caller then parses it
 * with hcl2json, which also words every syntax error).
 * @example plainHcl('resource "azurerm_lb" "lb" {\n  name = var.n\n}\n') // { resource: { azurerm_lb: { lb: [{ name: '${var.n}' }] } } }
 */
export function plainHcl(text: string): Json | undefined {
  try {
    return sorted(new Reader(text).body(false)) as Json;
  } catch (e) {
    if (e instanceof NotPlain) return undefined;
    throw e;
  }
}
