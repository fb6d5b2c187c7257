// Plain values of the Terraform AST: literals, traversal segments, user-given variable values, and whether a value is
// fully known. Kept apart from the evaluator, which walks expressions.
import type { ExpressionAst } from './hclParser';
import { ResourceRef, unescapeHcl, Unknown, type TfValue } from './values';

/** The names and keys of a traversal, quotes of `["key"]` removed. */
export function segments(n: ExpressionAst): string[] {
  const parts = Array.isArray(n.meta?.traversal) ? n.meta.traversal : [];
  return parts.map((p) => String(p?.segment ?? '').replace(/^"(.*)"$/, '$1'));
}

/** The value of a literal node (number, bool, string with its escapes read, null). */
export function literal(n: ExpressionAst): TfValue {
  const v = n.meta.value ?? '';
  switch (n.meta.type) {
    case 'number':
      return Number(v);
    case 'bool':
      return v === 'true';
    case 'string':
      // The parser gives a string literal's source text, escapes and all.
      return unescapeHcl(v);
    default:
      return v === 'null' ? null : v;
  }
}

/** A user-given variable value as the declaration types it: a number or a bool where the type (or default) says so. */
export function coerce(given: string, decl: Record<string, unknown> | undefined): TfValue {
  const type = typeof decl?.type === 'string' ? decl.type : '';
  const defaultType = typeof decl?.default;
  if ((type.includes('number') || defaultType === 'number') && given.trim() !== '' && !Number.isNaN(Number(given))) return Number(given);
  if ((type.includes('bool') || defaultType === 'boolean') && /^(true|false)$/i.test(given.trim()))
    return given.trim().toLowerCase() === 'true';
  return given;
}

/** True for a value with no Unknown or resource reference inside, so two of them compare by their JSON. */
export function isKnown(v: TfValue): boolean {
  if (v instanceof Unknown || v instanceof ResourceRef) return false;
  if (Array.isArray(v)) return v.every(isKnown);
  if (typeof v === 'object' && v !== null) return Object.values(v).every(isKnown);
  return true;
}
