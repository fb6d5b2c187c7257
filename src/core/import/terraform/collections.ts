// Terraform's collections as the evaluator walks them: the (key, value) pairs a `for` expression, a `for_each` or a
// `dynamic` block goes through, and the instance keys of a `for_each`. Pure and total: a value that is no collection
// gives undefined, and the caller turns that into a diagnostic.
import { isObject, ResourceRef, Unknown, type TfValue } from './values';

/** One step of an iteration: `each.key`/`each.value`, or a `for` expression's key and value variables. */
export interface Entry {
  key: TfValue;
  value: TfValue;
}

/**
 * The pairs Terraform iterates, in its order: a list by index, a map by key in lexical order (as Terraform sorts
 * map keys); undefined for anything else (a text, a number, a single resource).
 * @example entries(['a', 'b']) // [{ key: 0, value: 'a' }, { key: 1, value: 'b' }]
 */
export function entries(v: TfValue): Entry[] | undefined {
  if (Array.isArray(v)) return v.map((value, key) => ({ key, value }));
  if (isObject(v))
    return Object.keys(v)
      .sort()
      .map((key) => ({ key, value: v[key]! }));
  return undefined;
}

/**
 * The instances a `for_each` value makes, keyed as Terraform keys them: a map by its keys, a set (or list) of texts
 * by the texts (`each.value` is the text too). undefined when the value cannot be a for_each (a list of objects, a
 * text, a number): Terraform refuses it, so the caller says so.
 * @example forEachEntries(['b', 'a', 'a']) // [{ key: 'a', value: 'a' }, { key: 'b', value: 'b' }]
 */
export function forEachEntries(v: TfValue): { key: string; value: TfValue }[] | undefined {
  if (isObject(v))
    return Object.keys(v)
      .sort()
      .map((key) => ({ key, value: v[key]! }));
  if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
    return [...new Set(v as string[])].sort().map((key) => ({ key, value: key }));
  return undefined;
}

/** True when the value holds an Unknown anywhere (a list or map element included). */
export function hasUnknown(v: TfValue): boolean {
  if (v instanceof Unknown) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (isObject(v)) return Object.values(v).some(hasUnknown);
  return false;
}

/** The first Unknown inside a value, for its reason. */
export function firstUnknown(v: TfValue): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  } else if (isObject(v)) return firstUnknown(Object.values(v));
  return undefined;
}

/** True when the value holds a resource reference anywhere. */
export function hasReference(v: TfValue): boolean {
  if (v instanceof ResourceRef) return true;
  if (Array.isArray(v)) return v.some(hasReference);
  if (isObject(v)) return Object.values(v).some(hasReference);
  return false;
}

/** The text of a key: Terraform converts numbers and booleans to text for map keys. undefined for anything else. */
export function keyText(v: TfValue): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
