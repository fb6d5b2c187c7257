// Reading evaluated ARM/REST/`az` JSON. The three shapes differ only in nesting (`az` flattens
// `properties`) and key casing (`enableFloatingIp` vs `enableFloatingIP`), so every read goes through here.
import { isUnresolved } from './resolved';

export type JsonObject = { [k: string]: unknown };

/** True for a plain object that is not an Unresolved marker. */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnresolved(v);
}

/** The key of `o` equal to `key` ignoring case (exact match first), if any. */
export function keyOf(o: JsonObject, key: string): string | undefined {
  if (key in o) return key;
  const lower = key.toLowerCase();
  return Object.keys(o).find((k) => k.toLowerCase() === lower);
}

/** A located value: what was found and its JSON path. */
export interface At {
  value: unknown;
  path: string;
}

/** Appends a key to a JSON path. @example child('resources[0]', 'name') // 'resources[0].name' */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return path === '' ? safe : /^[A-Za-z_$]/.test(safe) ? `${path}.${safe}` : `${path}[${safe}]`;
}

/**
 * A field of an element in any shape: `properties.<key>` (template, REST) or `<key>` (`az`, flattened),
 * keys matched ignoring case. `value` is undefined when absent.
 * @example field({ properties: { enableFloatingIP: true } }, 'p', 'enableFloatingIp') // { value: true, path: 'p.properties.enableFloatingIP' }
 */
export function field(o: JsonObject, path: string, key: string): At {
  const props = o[keyOf(o, 'properties') ?? 'properties'];
  if (isObject(props)) {
    const k = keyOf(props, key);
    if (k !== undefined) return { value: props[k], path: child(child(path, keyOf(o, 'properties')!), k) };
  }
  const k = keyOf(o, key);
  return k !== undefined ? { value: o[k], path: child(path, k) } : { value: undefined, path: child(child(path, 'properties'), key) };
}

/** A top-level (not `properties`) key of an element, ignoring case, e.g. `name`, `sku`, `type`. */
export function top(o: JsonObject, path: string, key: string): At {
  const k = keyOf(o, key);
  return { value: k === undefined ? undefined : o[k], path: child(path, k ?? key) };
}

/** The elements of an array field, each with its path; a missing field is an empty list. */
export function items(at: At): At[] {
  return Array.isArray(at.value) ? at.value.map((value, i) => ({ value, path: child(at.path, i) })) : [];
}
