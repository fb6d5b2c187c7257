// Values of evaluated Terraform expressions. What only Azure or another module knows stays an explicit
// marker (Unknown, ResourceRef), never a guess, so the importer can place a visible placeholder and say why.

/** A value that cannot be known from this file: the expression, a display text with `<…>` for the unknown parts, and why. */
export class Unknown {
  constructor(
    readonly expression: string,
    readonly reason: string,
    /** e.g. `<var.prefix>-sql-loadbalancer`: usable as a visible placeholder name. */
    readonly display: string = `<${expression}>`,
  ) {}
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

/**
 * An HCL quoted template with the same meaning as a string of hcl2json's JSON (which keeps `${`/`$${` as HCL has them).
 * @example hclQuote('a"${var.x}') // '"a\\"${var.x}"'
 */
export function hclQuote(s: string): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  const body = s.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => {
    switch (c) {
      case '\\': return '\\\\';
      case '"': return '\\"';
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      default: return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${body}"`;
}

/** True when a JSON string from hcl2json holds an interpolation, directive or escape that needs the parser. */
export function isTemplate(s: string): boolean {
  return s.includes('${') || s.includes('%{');
}
