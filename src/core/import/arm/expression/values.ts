// Argument checks and conversions shared by the ARM functions. A failure is an EvalFailure, which
// the evaluator turns into an Unresolved marker with the reason (never an exception to the caller).
import { isResolvedObject, isUnresolved, type Resolved, type ResolvedObject } from '../resolved';

/** Why a function could not produce a value: `invalid` (the template is wrong), `unknowable` (only Azure knows). */
export type FailureKind = 'invalid' | 'unknowable';

/** Thrown inside function implementations; caught by the evaluator. */
export class EvalFailure extends Error {
  constructor(
    message: string,
    readonly failure: FailureKind = 'invalid',
  ) {
    super(message);
  }
}

/** The ARM type name of a value, for messages. */
export function typeName(v: Resolved | undefined): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (isUnresolved(v)) return 'an unresolved value';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return 'an integer';
  return `a ${typeof v}`;
}

function argError(fn: string, index: number, expected: string, got: Resolved | undefined): EvalFailure {
  return new EvalFailure(`${fn}() expects ${expected} as argument ${index + 1}, got ${typeName(got)}${typeof got === 'string' ? ` '${got}'` : ''}`);
}

/** Argument `index` as a string. */
export function str(fn: string, args: Resolved[], index: number): string {
  const v = args[index];
  if (typeof v !== 'string') throw argError(fn, index, 'a string', v);
  return v;
}

/** Argument `index` as an integer. */
export function int(fn: string, args: Resolved[], index: number): number {
  const v = args[index];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw argError(fn, index, 'an integer', v);
  return v;
}

/** Argument `index` as an array. */
export function arr(fn: string, args: Resolved[], index: number): Resolved[] {
  const v = args[index];
  if (!Array.isArray(v)) throw argError(fn, index, 'an array', v);
  return v;
}

/** Argument `index` as an object. */
export function obj(fn: string, args: Resolved[], index: number): ResolvedObject {
  const v = args[index];
  if (!isResolvedObject(v)) throw argError(fn, index, 'an object', v);
  return v;
}

/** Argument `index` as a boolean. */
export function bool(fn: string, args: Resolved[], index: number): boolean {
  const v = args[index];
  if (typeof v !== 'boolean') throw argError(fn, index, 'a boolean', v);
  return v;
}

/** Checks the argument count. */
export function arity(fn: string, args: Resolved[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalFailure(`${fn}() takes ${expected} argument${expected === '1' ? '' : 's'}, got ${args.length}`);
  }
}

/** Deep equality as ARM's equals() sees it: object key order does not matter. */
export function deepEqual(a: Resolved, b: Resolved): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i] as Resolved));
  }
  if (isResolvedObject(a) && isResolvedObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k] as Resolved, b[k] as Resolved));
  }
  return false;
}

/** string(): ARM's text for a value (booleans as .NET writes them, arrays and objects as compact JSON). */
export function toArmString(v: Resolved): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null) return '';
  return JSON.stringify(v);
}

/** Property of an object, exact key first, then case-insensitively as ARM does. */
export function getProperty(o: ResolvedObject, key: string): Resolved | undefined {
  if (Object.prototype.hasOwnProperty.call(o, key)) return o[key];
  const lower = key.toLowerCase();
  const found = Object.keys(o).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : o[found];
}
