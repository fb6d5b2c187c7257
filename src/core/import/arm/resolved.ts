// Values produced by evaluating an ARM template. What cannot be known before deployment is an
// explicit Unresolved marker, never a guess, so the importer can show a placeholder and say why.
import { english, type ImportText } from '../text';

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
 * Builds an Unresolved marker. A catalog text as the reason gives the English `reason` and keeps the text (not
 * enumerable, so the marker's JSON and equality stay as they were) for diagnostics in other languages.
 * @example unresolved("parameter 'port' has no value", "[parameters('port')]", 'resources[0].properties.port')
 */
export function unresolved(reason: string | ImportText, expression = '', path = ''): Unresolved {
  const marker: Unresolved = { unresolved: true, path, expression, reason: english(reason) };
  if (typeof reason !== 'string') Object.defineProperty(marker, 'reasonText', { value: reason, enumerable: false });
  return marker;
}

/**
 * Why a marker is unresolved, as a catalog text when it has one (else its English reason).
 * @example reasonOf(unresolved(itext('reason.copyName'))) // { key: 'reason.copyName' }
 */
export function reasonOf(u: Unresolved): string | ImportText {
  return (u as { reasonText?: ImportText }).reasonText ?? u.reason;
}

/** The same marker at another path, keeping its reason's text. */
export function readdressed(u: Unresolved, path: string): Unresolved {
  return unresolved(reasonOf(u), u.expression, path);
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
