// The ARM side of a Bicep translation: JSON values, ARM string quoting, and the paths that say where each value
// goes in the template and where it came from in the Bicep file.
import type { Node } from 'web-tree-sitter';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** What a loop or lambda variable stands for: ARM text, or a Bicep node to translate in place (an unrolled loop). */
export type Binding = { arm: string } | { node: Node; env: Env };
export type Env = ReadonlyMap<string, Binding>;
export const NO_ENV: Env = new Map();

/** Where a JSON value goes in the ARM template and where it came from in the Bicep file. */
export interface At {
  arm: string;
  bicep: string;
}

/**
 * Sets an own property, also for a key named `__proto__` (a plain assignment would set the prototype instead).
 * @example setOwn({}, '__proto__', 1) // { "__proto__": 1 } as JSON
 */
export function setOwn(o: { [k: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Own-property object from entries (Object.fromEntries keeps `__proto__` as a key too; this says so at the call). */
export function ownObject(entries: Iterable<readonly [string, Json]>): { [k: string]: Json } {
  const o: { [k: string]: Json } = {};
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
}

/** Quotes a string for an ARM expression. @example armString("it's") // "'it''s'" */
export function armString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A JSON string that ARM reads literally (a leading `[` is escaped as `[[`). */
export function literalString(s: string): string {
  return s.startsWith('[') ? `[${s}` : s;
}

/** A property or index appended to a JavaScript-style path (`a.b`, `a[0]`, `a['x-y']`). */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}['${key.replace(/'/g, "\\'")}']`;
}

/** Appends a key to both paths of an `At`. */
export function at(where: At, key: string | number): At {
  return { arm: child(where.arm, key), bicep: child(where.bicep, key) };
}
