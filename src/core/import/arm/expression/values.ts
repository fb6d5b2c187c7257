// Argument checks and conversions shared by the ARM functions. A failure is an EvalFailure, which
// the evaluator turns into an Unresolved marker with the reason (never an exception to the caller).
import { IMPORT_LIMITS } from '../../budget';
import { english, itext, type ImportText } from '../../text';
import { isResolvedObject, isUnresolved, type Resolved, type ResolvedObject } from '../resolved';

/** Why a function could not produce a value: `invalid` (the template is wrong), `unknowable` (only Azure knows). */
export type FailureKind = 'invalid' | 'unknowable';

/** Thrown inside function implementations; caught by the evaluator. A catalog text gives the reason in every language. */
export class EvalFailure extends Error {
  /** The reason as a catalog text, when it has one. */
  readonly text?: ImportText;

  constructor(
    message: string | ImportText,
    readonly failure: FailureKind = 'invalid',
  ) {
    super(english(message));
    if (typeof message !== 'string') this.text = message;
  }

  /** The reason for an Unresolved marker: the catalog text, or the English message. */
  get reason(): string | ImportText {
    return this.text ?? this.message;
  }
}

/** The ARM type name of a value, for messages. */
export function typeName(v: Resolved | undefined): string {
  return english(typeText(v));
}

/** {@link typeName} as a catalog text (`null` stays as it is). */
export function typeText(v: Resolved | undefined): ImportText | string {
  if (v === undefined) return itext('type.nothing');
  if (v === null) return 'null';
  if (Array.isArray(v)) return itext('type.array');
  if (isUnresolved(v)) return itext('type.unresolved');
  if (typeof v === 'object') return itext('type.object');
  if (typeof v === 'number') return itext('type.integer');
  if (typeof v === 'string') return itext('type.string');
  if (typeof v === 'boolean') return itext('type.boolean');
  return `a ${typeof v}`;
}

function argError(fn: string, index: number, expected: string, got: Resolved | undefined): EvalFailure {
  return new EvalFailure(
    itext('reason.argType', {
      fn,
      expected: expectedText(expected),
      index: index + 1,
      type: typeText(got),
      value: typeof got === 'string' ? ` '${got}'` : '',
    }),
  );
}

// The argument kinds the functions ask for, as catalog words; others stay as written.
const EXPECTED: Readonly<Record<string, ImportText>> = {
  'a string': itext('type.string'),
  'an integer': itext('type.integer'),
  'an array': itext('type.array'),
  'an object': itext('type.object'),
  'a boolean': itext('type.boolean'),
};
function expectedText(expected: string): ImportText | string {
  return Object.hasOwn(EXPECTED, expected) ? EXPECTED[expected]! : expected;
}

/**
 * Refuses, before it is built, a text longer than any template can hold (padLeft to a billion, a replace that
 * multiplies): the value becomes a placeholder with the reason instead of exhausting memory.
 */
export function checkTextLength(fn: string, length: number): void {
  const max = IMPORT_LIMITS.valueCharacters;
  if (length > max) throw new EvalFailure(itext('reason.tooLong', { fn, length, max }));
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
    const expected =
      min === max ? `${min}` : max === Infinity ? itext('reason.arity.atLeast', { min }) : itext('reason.arity.range', { min, max });
    throw new EvalFailure(itext(expected === '1' ? 'reason.arity.one' : 'reason.arity.many', { fn, expected, got: args.length }));
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
