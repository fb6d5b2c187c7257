// Values produced by evaluating an ARM template. What cannot be known before deployment is an
// explicit Unresolved marker, never a guess, so the importer can show a placeholder and say why.

/** A value that could not be evaluated: where it is, the text that produced it and why. */
export interface Unresolved {
  unresolved: true;
  /** JSON path of the string holding the expression, e.g. `resources[2].properties.frontendPort`. */
  path: string;
  /** The template text, e.g. `[parameters('port')]`. */
  expression: string;
  /** Plain words, e.g. "parameter 'port' has no value". */
  reason: string;
}

/** A JSON value after evaluation, possibly with Unresolved markers inside. */
export type Resolved = null | boolean | number | string | Unresolved | Resolved[] | { [k: string]: Resolved };

/** A resolved JSON object. */
export type ResolvedObject = { [k: string]: Resolved };

/**
 * True for an Unresolved marker.
 * @example isUnresolved(evaluated.parameters.port) // true when no value was given
 */
export function isUnresolved(value: unknown): value is Unresolved {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Partial<Unresolved>;
  return v.unresolved === true && typeof v.reason === 'string' && typeof v.expression === 'string' && typeof v.path === 'string';
}

/**
 * Builds an Unresolved marker.
 * @example unresolved("parameter 'port' has no value", "[parameters('port')]", 'resources[0].properties.port')
 */
export function unresolved(reason: string, expression = '', path = ''): Unresolved {
  return { unresolved: true, path, expression, reason };
}

/**
 * Sets an own property, even one named `__proto__` (which plain assignment would turn into a prototype change).
 * @example setKey(o, '__proto__', 1) // o has an own key "__proto__"
 */
export function setKey(o: ResolvedObject, key: string, value: Resolved): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** True for a plain (non-array, non-Unresolved) object. */
export function isResolvedObject(value: Resolved | undefined): value is ResolvedObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnresolved(value);
}

/** The first Unresolved marker anywhere inside a value (depth first), if any. */
export function findUnresolved(value: Resolved): Unresolved | undefined {
  if (isUnresolved(value)) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const u = findUnresolved(item);
      if (u) return u;
    }
  } else if (isResolvedObject(value)) {
    for (const item of Object.values(value)) {
      const u = findUnresolved(item);
      if (u) return u;
    }
  }
  return undefined;
}
