// Values of evaluated Terraform expressions. What only Azure or another module knows stays an explicit
// marker (Unknown, ResourceRef), never a guess, so the importer can place a visible placeholder and say why.
import { escaper, u4Escape } from '../../files/escape';
import { english, type ImportText } from '../text';

/** A value that cannot be known from this file: the expression, a display text with `<…>` for the unknown parts, and why. */
export class Unknown {
  /** Why, in English. */
  readonly reason: string;
  /** Why, as a catalog text when there is one (for diagnostics in other languages). */
  readonly reasonText: string | ImportText;

  constructor(
    readonly expression: string,
    reason: string | ImportText,
    /** e.g. `<var.prefix>-sql-loadbalancer`: usable as a visible placeholder name. */
    readonly display: string = `<${expression}>`,
  ) {
    this.reason = english(reason);
    this.reasonText = reason;
  }
}

/** `azurerm_lb_probe.p.id`: a reference to a resource of this file (address `type.name` or `type.name[0]`). */
export class ResourceRef {
  constructor(
    readonly address: string,
    readonly attribute: string,
  ) {}
}

/** An evaluated value. */
export type TfValue = null | boolean | number | string | TfValue[] | { [k: string]: TfValue } | ResourceRef | Unknown;

/** True for a plain object value (not a marker, not an array). */
export function isObject(v: TfValue | undefined): v is { [k: string]: TfValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof ResourceRef);
}

// Escapes for the literal parts of a quoted template; interpolations are copied as they are, because
// quotes inside `${ … }` open strings of the expression rather than end the template.
// eslint-disable-next-line no-control-regex -- escaping control characters is the point
const LITERAL_ESCAPE = /[\\"\u0000-\u001f\u007f]/;
const escapeChar = escaper({ '"': '\\"' }, u4Escape);

/** Index just past the `}` closing the interpolation that starts at `from` (just after `${`). */
function interpolationEnd(s: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < s.length && depth > 0) {
    const c = s[i]!;
    if (c === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
    i++;
  }
  return i;
}

/**
 * An HCL quoted template with the same meaning as a string of hcl2json's JSON (which keeps `${`/`$${` as HCL has them).
 * @example hclQuote('a"${upper("x")}') // '"a\\"${upper("x")}"'
 */
export function hclQuote(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('$${', i) || s.startsWith('%%{', i)) {
      out += s.slice(i, i + 3);
      i += 3;
    } else if (s.startsWith('${', i) || s.startsWith('%{', i)) {
      const end = interpolationEnd(s, i + 2);
      out += s.slice(i, end).replace(/\n/g, ' ');
      i = end;
    } else {
      const c = s[i]!;
      out += LITERAL_ESCAPE.test(c) ? escapeChar(c) : c;
      i++;
    }
  }
  return `"${out}"`;
}

/** True when a JSON string from hcl2json holds an interpolation, directive or escape that needs the parser. */
export function isTemplate(s: string): boolean {
  return s.includes('${') || s.includes('%{');
}

/**
 * The text of an HCL quoted-string literal's source (`\"`, `\\`, `\n`, `\uXXXX`, `$${`, `%%{` decoded).
 * @example unescapeHcl('a \\"b\\" $${c}') // 'a "b" ${c}'
 */
export function unescapeHcl(source: string): string {
  return source.replace(
    /\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|\$\$\{|%%\{/gs,
    (m, u4: string | undefined, u8: string | undefined, c: string | undefined) => {
      if (m === '$${') return '${';
      if (m === '%%{') return '%{';
      if (u4 ?? u8) return String.fromCodePoint(parseInt((u4 ?? u8)!, 16));
      switch (c) {
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        default:
          return c ?? m;
      }
    },
  );
}
