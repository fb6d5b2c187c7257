// Terraform's built-in functions that load balancer files use to build names, ports and addresses, with
// Terraform's own semantics (cidrhost 0 is the network address, element wraps, format has %s/%d/%v/%q).
// Pure: anything that reads files, time or randomness is not here and stays unknown.
import { addressText, parseNetwork, type Network } from '../../net/cidr';
import { IMPORT_LIMITS } from '../budget';
import { isObject, ResourceRef, Unknown, type TfValue } from './values';

/** Why a call could not be computed, in plain English (quoted inside the import diagnostic). */
export class FunctionFailure {
  constructor(readonly detail: string) {}
}

/** A computed value with nothing unknown in it and no resource reference. */
export type Plain = Exclude<TfValue, Unknown | ResourceRef>;
type Fn = (args: Plain[]) => Plain;

const fail = (detail: string): never => {
  throw new FunctionFailure(detail);
};

function str(fn: string, v: Plain | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return fail(`${fn}() expects a string, got ${JSON.stringify(v ?? null)}`);
}

function num(fn: string, v: Plain | undefined): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : fail(`${fn}() expects a number, got ${JSON.stringify(v ?? null)}`);
}

function whole(fn: string, v: Plain | undefined): number {
  const n = num(fn, v);
  return Number.isInteger(n) ? n : fail(`${fn}() expects a whole number, got ${n}`);
}

function list(fn: string, v: Plain | undefined): Plain[] {
  return Array.isArray(v) ? (v as Plain[]) : fail(`${fn}() expects a list, got ${JSON.stringify(v ?? null)}`);
}

function map(fn: string, v: Plain | undefined): Record<string, Plain> {
  return isObject(v as TfValue) ? (v as Record<string, Plain>) : fail(`${fn}() expects a map, got ${JSON.stringify(v ?? null)}`);
}

function arity(fn: string, args: Plain[], min: number, max = min): void {
  const range = max === Infinity ? `at least ${min}` : min === max ? `${min}` : `${min} to ${max}`;
  if (args.length < min || args.length > max)
    fail(`${fn}() takes ${range} argument${max === 1 && min === 1 ? '' : 's'}, got ${args.length}`);
}

/** Terraform's format(): %s, %d, %v, %q and %%; widths and other verbs are not computed. */
function format(args: Plain[]): string {
  if (args.length === 0) fail('format() needs a format string');
  const spec = str('format', args[0]);
  let next = 1;
  return spec.replace(/%(.)/g, (_, verb: string) => {
    if (verb === '%') return '%';
    if (!'sdvq'.includes(verb)) fail(`format() verb %${verb} is not computed by the import; use %s, %d, %v or %q`);
    if (next >= args.length) fail(`format() has more verbs than arguments in ${JSON.stringify(spec)}`);
    const v = args[next++];
    if (verb === 'd') {
      const n = num('format', v);
      return Number.isInteger(n) ? String(n) : fail(`format() %d needs a whole number, got ${n}`);
    }
    if (verb === 'q') return JSON.stringify(str('format', v));
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  });
}

function network(fn: string, text: string): Network {
  return parseNetwork(text) ?? fail(`${fn}() expects an address range such as "10.0.0.0/24", got ${JSON.stringify(text)}`);
}

/** cidrhost(prefix, hostnum): hostnum 0 is the network address; a negative hostnum counts from the end. */
function cidrhost(args: Plain[]): string {
  arity('cidrhost', args, 2);
  const n = network('cidrhost', str('cidrhost', args[0]));
  const size = 1n << BigInt(n.bits - n.prefix);
  const k = whole('cidrhost', args[1]);
  const index = k < 0 ? size + BigInt(k) : BigInt(k);
  if (index < 0n || index >= size) fail(`cidrhost() host number ${k} does not fit in ${addressText(n.bits, n.base)}/${n.prefix}`);
  return addressText(n.bits, n.base + index);
}

/** cidrsubnet(prefix, newbits, netnum): the netnum-th subnet with newbits more prefix bits. */
function cidrsubnet(args: Plain[]): string {
  arity('cidrsubnet', args, 3);
  const n = network('cidrsubnet', str('cidrsubnet', args[0]));
  const newbits = whole('cidrsubnet', args[1]);
  const netnum = whole('cidrsubnet', args[2]);
  const prefix = n.prefix + newbits;
  if (newbits < 0 || prefix > n.bits) fail(`cidrsubnet() cannot add ${newbits} bits to /${n.prefix}`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits)) fail(`cidrsubnet() network number ${netnum} does not fit in ${newbits} bits`);
  return `${addressText(n.bits, n.base + (BigInt(netnum) << BigInt(n.bits - prefix)))}/${prefix}`;
}

const FUNCTIONS: Record<string, Fn> = {
  format,
  lower: (a) => (arity('lower', a, 1), str('lower', a[0]).toLowerCase()),
  upper: (a) => (arity('upper', a, 1), str('upper', a[0]).toUpperCase()),
  trimspace: (a) => (arity('trimspace', a, 1), str('trimspace', a[0]).trim()),
  tostring: (a) => (arity('tostring', a, 1), a[0] === null ? null : str('tostring', a[0])),
  tonumber: (a) => (arity('tonumber', a, 1), a[0] === null ? null : num('tonumber', a[0])),
  tobool: (a) => (
    arity('tobool', a, 1),
    a[0] === true || a[0] === 'true'
      ? true
      : a[0] === false || a[0] === 'false'
        ? false
        : a[0] === null
          ? null
          : fail(`tobool() expects true or false, got ${JSON.stringify(a[0])}`)
  ),
  tolist: (a) => (arity('tolist', a, 1), list('tolist', a[0])),
  join: (a) => {
    arity('join', a, 2, Infinity);
    const parts = a
      .slice(1)
      .flatMap((l) => list('join', l))
      .map((v) => str('join', v));
    const by = str('join', a[0]);
    const length = parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * by.length;
    if (length > IMPORT_LIMITS.valueCharacters)
      fail(`join() would make a text of ${length} characters, more than the import reads (${IMPORT_LIMITS.valueCharacters})`);
    return parts.join(by);
  },
  split: (a) => (arity('split', a, 2), str('split', a[1]).split(str('split', a[0]))),
  concat: (a) => a.flatMap((l) => list('concat', l)),
  length: (a) => {
    arity('length', a, 1);
    const v = a[0];
    if (typeof v === 'string') return [...v].length;
    return Array.isArray(v) ? v.length : Object.keys(map('length', v)).length;
  },
  element: (a) => {
    arity('element', a, 2);
    const l = list('element', a[0]);
    if (l.length === 0) fail('element() cannot take an element of an empty list');
    const i = Math.trunc(num('element', a[1]));
    return i < 0 ? fail('element() needs an index of 0 or more') : l[i % l.length]!;
  },
  lookup: (a) => {
    arity('lookup', a, 2, 3);
    const m = map('lookup', a[0]);
    const key = str('lookup', a[1]);
    return Object.hasOwn(m, key)
      ? m[key]!
      : a.length === 3
        ? a[2]!
        : fail(`lookup() finds no key ${JSON.stringify(key)} and has no default`);
  },
  coalesce: (a) => a.find((v) => v !== null && v !== '') ?? fail('coalesce() has no argument that is not null or ""'),
  min: (a) => (arity('min', a, 1, Infinity), Math.min(...a.map((v) => num('min', v)))),
  max: (a) => (arity('max', a, 1, Infinity), Math.max(...a.map((v) => num('max', v)))),
  abs: (a) => (arity('abs', a, 1), Math.abs(num('abs', a[0]))),
  floor: (a) => (arity('floor', a, 1), Math.floor(num('floor', a[0]))),
  ceil: (a) => (arity('ceil', a, 1), Math.ceil(num('ceil', a[0]))),
  replace: (a) => {
    arity('replace', a, 3);
    const search = str('replace', a[1]);
    if (search.length > 1 && search.startsWith('/') && search.endsWith('/'))
      fail('replace() with a regular expression is not computed by the import');
    const parts = str('replace', a[0]).split(search);
    const by = str('replace', a[2]);
    // Replacing "" puts the new text between every character: refuse a result no attribute could hold.
    const length = parts.reduce((n, p) => n + p.length, 0) + (parts.length - 1) * by.length;
    if (length > IMPORT_LIMITS.valueCharacters)
      fail(`replace() would make a text of ${length} characters, more than the import reads (${IMPORT_LIMITS.valueCharacters})`);
    return parts.join(by);
  },
  substr: (a) => {
    arity('substr', a, 3);
    const chars = [...str('substr', a[0])];
    const offset = num('substr', a[1]);
    const length = num('substr', a[2]);
    const start = offset < 0 ? chars.length + offset : offset;
    return chars.slice(start, length < 0 ? undefined : start + length).join('');
  },
  contains: (a) => (arity('contains', a, 2), list('contains', a[0]).some((v) => JSON.stringify(v) === JSON.stringify(a[1]))),
  keys: (a) => (arity('keys', a, 1), Object.keys(map('keys', a[0])).sort()),
  values: (a) => {
    arity('values', a, 1);
    const m = map('values', a[0]);
    return Object.keys(m)
      .sort()
      .map((k) => m[k]!);
  },
  // fromEntries defines own properties: a "__proto__" key stays a key, never the result's prototype.
  merge: (a) => Object.fromEntries(a.flatMap((m) => Object.entries(map('merge', m)))),
  cidrhost,
  cidrsubnet,
  // Sets keep Terraform's order for texts (lexical), which is also the order for_each goes through them.
  toset: (a) => {
    arity('toset', a, 1);
    const l = distinct(list('toset', a[0]));
    return l.every((v) => typeof v === 'string') ? [...(l as string[])].sort() : l;
  },
  tomap: (a) => (arity('tomap', a, 1), map('tomap', a[0])),
  distinct: (a) => (arity('distinct', a, 1), distinct(list('distinct', a[0]))),
  flatten: (a) => (arity('flatten', a, 1), flatten(list('flatten', a[0]))),
  compact: (a) => (arity('compact', a, 1), list('compact', a[0]).filter((v) => v !== null && v !== '')),
  reverse: (a) => (arity('reverse', a, 1), [...list('reverse', a[0])].reverse()),
  one: (a) => {
    arity('one', a, 1);
    const l = list('one', a[0]);
    return l.length === 0 ? null : l.length === 1 ? l[0]! : fail(`one() expects at most one element, got ${l.length}`);
  },
  slice: (a) => {
    arity('slice', a, 3);
    const l = list('slice', a[0]);
    const from = whole('slice', a[1]);
    const to = whole('slice', a[2]);
    if (from < 0 || to > l.length || from > to) fail(`slice() cannot take ${from} to ${to} of a list of ${l.length}`);
    return l.slice(from, to);
  },
  range: (a) => {
    arity('range', a, 1, 3);
    const [start, end, step] =
      a.length === 1 ? [0, num('range', a[0]), 1] : [num('range', a[0]), num('range', a[1]), a[2] === undefined ? 1 : num('range', a[2])];
    if (step === 0 || (end - start) / step > IMPORT_LIMITS.valueCharacters)
      fail(`range() with step ${step} from ${start} to ${end} is not computed`);
    const out: number[] = [];
    for (let v = start; step > 0 ? v < end : v > end; v += step) out.push(v);
    return out;
  },
  zipmap: (a) => {
    arity('zipmap', a, 2);
    const k = list('zipmap', a[0]).map((v) => str('zipmap', v));
    const v = list('zipmap', a[1]);
    if (k.length !== v.length) fail(`zipmap() needs as many values as keys, got ${k.length} keys and ${v.length} values`);
    return Object.fromEntries(k.map((key, i) => [key, v[i]!]));
  },
};

function distinct(l: Plain[]): Plain[] {
  const seen = new Set<string>();
  return l.filter((v) => {
    const key = JSON.stringify(v);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function flatten(l: Plain[]): Plain[] {
  return l.flatMap((v) => (Array.isArray(v) ? flatten(v as Plain[]) : [v]));
}

// Functions that only move values around: a resource id in the list passes through them untouched, so
// element(azurerm_network_interface.nic.*.id, count.index) still names the NIC.
const STRUCTURAL = new Set([
  'element',
  'length',
  'concat',
  'tolist',
  'toset',
  'tomap',
  'lookup',
  'keys',
  'values',
  'merge',
  'coalesce',
  'contains',
  'distinct',
  'flatten',
  'compact',
  'reverse',
  'one',
  'slice',
  'zipmap',
]);

/** True when the function only moves values around, so resource references may be among its arguments. */
export function structuralFunction(name: string): boolean {
  return STRUCTURAL.has(name);
}

/**
 * HCL's operators on computed values (Terraform converts "3" to 3 for arithmetic and compares by value); throws
 * FunctionFailure when the operands do not fit.
 * @example applyOperator('add', [1, '2']) // 3
 */
export function applyOperator(operator: string, [a, b]: Plain[]): Plain {
  const number = (v: Plain | undefined) => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new FunctionFailure(`${JSON.stringify(v ?? null)} is not a number`);
    return n;
  };
  const bool = (v: Plain | undefined) => {
    if (typeof v !== 'boolean') throw new FunctionFailure(`${JSON.stringify(v ?? null)} is not true or false`);
    return v;
  };
  switch (operator) {
    case 'add':
      return number(a) + number(b);
    case 'subtract':
      return number(a) - number(b);
    case 'multiply':
      return number(a) * number(b);
    case 'divide':
      return number(b) === 0
        ? (() => {
            throw new FunctionFailure('division by zero');
          })()
        : number(a) / number(b);
    case 'modulo':
      return number(b) === 0
        ? (() => {
            throw new FunctionFailure('modulo by zero');
          })()
        : number(a) % number(b);
    case 'equal':
      return JSON.stringify(a) === JSON.stringify(b);
    case 'notEqual':
      return JSON.stringify(a) !== JSON.stringify(b);
    case 'lessThan':
      return number(a) < number(b);
    case 'lessThanOrEqual':
      return number(a) <= number(b);
    case 'greaterThan':
      return number(a) > number(b);
    case 'greaterThanOrEqual':
      return number(a) >= number(b);
    case 'logicalAnd':
      return bool(a) && bool(b);
    case 'logicalOr':
      return bool(a) || bool(b);
    case 'logicalNot':
      return !bool(a);
    case 'negate':
      return -number(a);
    default:
      throw new FunctionFailure(`the operator ${operator || '?'} is not computed by the import`);
  }
}

/** True when the import computes this function. */
export function knownFunction(name: string): boolean {
  return Object.hasOwn(FUNCTIONS, name);
}

/**
 * Calls a Terraform function on computed arguments; throws FunctionFailure with the reason when the arguments do
 * not fit. Arguments must be plain values (the caller keeps unknowns and resource references unknown).
 * @example callFunction('format', ['%s-lb', 'sql']) // 'sql-lb'
 * @example callFunction('cidrhost', ['10.0.1.0/24', 9]) // '10.0.1.9'
 */
export function callFunction(name: string, args: Plain[]): Plain {
  const fn = FUNCTIONS[name];
  if (!fn) return fail(`${name}() is not computed by the import`);
  return fn(args);
}

/** True when a value holds no unknown and no resource reference anywhere. */
export function isPlain(v: TfValue): v is Plain {
  if (v instanceof Unknown || v instanceof ResourceRef) return false;
  if (Array.isArray(v)) return v.every(isPlain);
  if (isObject(v)) return Object.values(v).every(isPlain);
  return true;
}
