// The ARM template functions Floatplan evaluates. Each gets already-evaluated arguments; a wrong
// argument throws EvalFailure, which the evaluator turns into an Unresolved marker with the reason.
import { isResolvedObject, setKey, type Resolved, type ResolvedObject } from '../resolved';
import { cidrHost, cidrSubnet, parseCidr } from './cidr';
import type { ExpressionContext } from './context';
import { fromBase64, fromDataUri, fromUriComponent, toBase64 } from './encoding';
import { formatString } from './format';
import { guid, uniqueString } from './hash';
import { extensionResourceId, resourceId, subscriptionResourceId, tenantResourceId } from './resourceFunctions';
import { itext, type ImportText } from '../../text';
import { arity, arr, bool, checkTextLength, deepEqual, EvalFailure, int, obj, str, toArmString, typeName, typeText } from './values';

export type ArmFunction = (args: Resolved[], ctx: ExpressionContext) => Resolved;

function checked(fn: string, n: number): number {
  if (!Number.isSafeInteger(n)) throw new EvalFailure(itext('fn.overflow', { fn, n }));
  return n;
}

function numeric(fn: string, op: (a: number, b: number) => number): ArmFunction {
  return (args) => {
    arity(fn, args, 2);
    return checked(fn, op(int(fn, args, 0), int(fn, args, 1)));
  };
}

function compare(fn: string, test: (c: number) => boolean): ArmFunction {
  return (args) => {
    arity(fn, args, 2);
    const [a, b] = args;
    if (typeof a === 'number' && typeof b === 'number') return test(a - b);
    if (typeof a === 'string' && typeof b === 'string') return test(a < b ? -1 : a > b ? 1 : 0);
    throw new EvalFailure(itext('fn.compare', { fn, a: typeText(a), b: typeText(b) }));
  };
}

/** A string or an array, for the functions that take either. */
function seq(fn: string, args: Resolved[], index: number): string | Resolved[] {
  const v = args[index];
  if (typeof v === 'string' || Array.isArray(v)) return v;
  throw new EvalFailure(itext('fn.stringOrArray', { fn, index: index + 1, type: typeText(v) }));
}

function concat(args: Resolved[]): Resolved {
  if (args.length === 0) throw new EvalFailure(itext('fn.concatNone'));
  if (Array.isArray(args[0])) return args.flatMap((_, i) => arr('concat', args, i));
  const parts = args.map((v, i) => {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return toArmString(v);
    throw new EvalFailure(itext('fn.concatType', { index: i + 1, type: typeText(v) }));
  });
  checkTextLength(
    'concat',
    parts.reduce((n, p) => n + p.length, 0),
  );
  return parts.join('');
}

function union(args: Resolved[]): Resolved {
  arity('union', args, 1, Infinity);
  if (Array.isArray(args[0])) {
    const out: Resolved[] = [];
    args.forEach((_, i) => arr('union', args, i).forEach((v) => out.some((o) => deepEqual(o, v)) || out.push(v)));
    return out;
  }
  const out: ResolvedObject = {};
  args.forEach((_, i) => Object.entries(obj('union', args, i)).forEach(([k, v]) => setKey(out, k, v)));
  return out;
}

function intersection(args: Resolved[]): Resolved {
  arity('intersection', args, 1, Infinity);
  if (Array.isArray(args[0])) {
    const rest = args.slice(1).map((_, i) => arr('intersection', args, i + 1));
    return arr('intersection', args, 0).filter(
      (v, i, all) => all.findIndex((o) => deepEqual(o, v)) === i && rest.every((r) => r.some((o) => deepEqual(o, v))),
    );
  }
  const rest = args.slice(1).map((_, i) => obj('intersection', args, i + 1));
  const first = obj('intersection', args, 0);
  return Object.fromEntries(Object.entries(first).filter(([k, v]) => rest.every((r) => k in r && deepEqual(r[k] as Resolved, v))));
}

function contains(args: Resolved[]): boolean {
  arity('contains', args, 2);
  const [container, item] = args;
  if (typeof container === 'string') return container.includes(toArmString(item as Resolved));
  if (Array.isArray(container)) return container.some((v) => deepEqual(v, item as Resolved));
  if (isResolvedObject(container)) {
    const key = str('contains', args, 1).toLowerCase();
    return Object.keys(container).some((k) => k.toLowerCase() === key);
  }
  throw new EvalFailure(`contains() looks in a string, an array or an object, got ${typeName(container)}`);
}

function length(args: Resolved[]): number {
  arity('length', args, 1);
  const v = args[0];
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (isResolvedObject(v)) return Object.keys(v).length;
  throw new EvalFailure(`length() measures a string, an array or an object, got ${typeName(v)}`);
}

function empty(args: Resolved[]): boolean {
  arity('empty', args, 1);
  const v = args[0];
  if (v === null) return true;
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  if (isResolvedObject(v)) return Object.keys(v).length === 0;
  throw new EvalFailure(`empty() checks a string, an array, an object or null, got ${typeName(v)}`);
}

function toInt(args: Resolved[]): number {
  arity('int', args, 1);
  const v = args[0];
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'string' && /^\s*[-+]?\d+\s*$/.test(v)) return checked('int', Number(v));
  throw new EvalFailure(`int() converts an integer or a string of digits, got ${typeName(v)}${typeof v === 'string' ? ` '${v}'` : ''}`);
}

function toBool(args: Resolved[]): boolean {
  arity('bool', args, 1);
  const v = args[0];
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  throw new EvalFailure(`bool() converts 'true', 'false' or an integer, got ${typeName(v)}${typeof v === 'string' ? ` '${v}'` : ''}`);
}

function json(args: Resolved[]): Resolved {
  arity('json', args, 1);
  const text = str('json', args, 0);
  try {
    return JSON.parse(text) as Resolved;
  } catch {
    throw new EvalFailure(`json() got text that is not valid JSON: '${text.length > 60 ? `${text.slice(0, 60)}…` : text}'`);
  }
}

function substring(args: Resolved[]): string {
  arity('substring', args, 1, 3);
  const s = str('substring', args, 0);
  const start = args.length > 1 ? int('substring', args, 1) : 0;
  const len = args.length > 2 ? int('substring', args, 2) : s.length - start;
  if (start < 0 || start > s.length || len < 0 || start + len > s.length) {
    throw new EvalFailure(`substring() range ${start}..${start + len} is outside '${s}' (length ${s.length})`);
  }
  return s.substring(start, start + len);
}

function split(args: Resolved[]): Resolved[] {
  arity('split', args, 2);
  const s = str('split', args, 0);
  const d = args[1];
  const delimiters = Array.isArray(d) ? d.map((_, i) => str('split', d, i)) : [str('split', args, 1)];
  let parts = [s];
  for (const delimiter of delimiters) parts = parts.flatMap((p) => p.split(delimiter));
  return parts;
}

function firstOrLast(fn: string, pick: (n: number) => number): ArmFunction {
  return (args) => {
    arity(fn, args, 1);
    const v = seq(fn, args, 0);
    if (v.length === 0) return typeof v === 'string' ? '' : null;
    return v[pick(v.length)] as Resolved;
  };
}

function takeOrSkip(fn: string, take: boolean): ArmFunction {
  return (args) => {
    arity(fn, args, 2);
    const v = seq(fn, args, 0);
    const n = Math.max(0, Math.min(int(fn, args, 1), v.length));
    return take ? v.slice(0, n) : v.slice(n);
  };
}

function minMax(fn: string, pick: (...n: number[]) => number): ArmFunction {
  return (args) => {
    arity(fn, args, 1, Infinity);
    const values = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    if (values.length === 0) throw new EvalFailure(itext('fn.minMaxNone', { fn }));
    return pick(...values.map((_, i) => int(fn, values, i)));
  };
}

function padLeft(args: Resolved[]): string {
  arity('padLeft', args, 2, 3);
  const v = args[0];
  if (typeof v !== 'string' && typeof v !== 'number') throw new EvalFailure(`padLeft() pads a string or an integer, got ${typeName(v)}`);
  const pad = args.length > 2 ? str('padLeft', args, 2) : ' ';
  if (pad.length !== 1) throw new EvalFailure(`padLeft() pads with a single character, got '${pad}'`);
  const total = int('padLeft', args, 1);
  checkTextLength('padLeft', total);
  return String(v).padStart(total, pad);
}

function range(args: Resolved[]): number[] {
  arity('range', args, 2);
  const start = int('range', args, 0);
  const count = int('range', args, 1);
  if (count < 0 || count > 10000) throw new EvalFailure(itext('fn.rangeCount', { count }));
  return Array.from({ length: count }, (_, i) => start + i);
}

function createObject(args: Resolved[]): ResolvedObject {
  if (args.length % 2 !== 0) throw new EvalFailure(itext('fn.createObject', { count: args.length }));
  const out: ResolvedObject = {};
  for (let i = 0; i < args.length; i += 2) setKey(out, str('createObject', args, i), args[i + 1] as Resolved);
  return out;
}

function copyIndex(args: Resolved[], ctx: ExpressionContext): number {
  arity('copyIndex', args, 0, 2);
  let loop: string | undefined;
  let offset = 0;
  if (typeof args[0] === 'string') {
    loop = args[0];
    if (args.length > 1) offset = int('copyIndex', args, 1);
  } else if (args.length === 1) {
    offset = int('copyIndex', args, 0);
  } else if (args.length > 1) {
    throw new EvalFailure('copyIndex() takes a loop name and then an offset');
  }
  return ctx.copyIndex(loop) + offset;
}

function reference(args: Resolved[], ctx: ExpressionContext): Resolved {
  arity('reference', args, 1, 3);
  const target = str('reference', args, 0);
  const full = args.length === 3 && str('reference', args, 2).toLowerCase() === 'full';
  return ctx.reference(target, full);
}

function unknowable(what: ImportText): ArmFunction {
  return () => {
    throw new EvalFailure(what, 'unknowable');
  };
}

function strings(fn: string, op: (s: string) => string): ArmFunction {
  return (args) => {
    arity(fn, args, 1);
    return op(str(fn, args, 0));
  };
}

function stringTest(fn: string, test: (a: string, b: string) => boolean | number): ArmFunction {
  return (args) => {
    arity(fn, args, 2);
    // ARM compares these case-insensitively.
    return test(str(fn, args, 0).toLowerCase(), str(fn, args, 1).toLowerCase());
  };
}

/** Functions by lower-case name. `if`, `and`, `or` and `coalesce` are handled by the evaluator (they may skip arguments). */
export const FUNCTIONS: Readonly<Record<string, ArmFunction>> = {
  parameters: (args, ctx) => (arity('parameters', args, 1), ctx.parameter(str('parameters', args, 0))),
  variables: (args, ctx) => (arity('variables', args, 1), ctx.variable(str('variables', args, 0))),
  copyindex: copyIndex,
  concat,
  format: (args) => (arity('format', args, 1, Infinity), formatString(str('format', args, 0), args.slice(1))),
  add: numeric('add', (a, b) => a + b),
  sub: numeric('sub', (a, b) => a - b),
  mul: numeric('mul', (a, b) => a * b),
  div: numeric('div', (a, b) => {
    if (b === 0) throw new EvalFailure(itext('fn.divZero', { fn: 'div' }));
    return Math.trunc(a / b);
  }),
  mod: numeric('mod', (a, b) => {
    if (b === 0) throw new EvalFailure(itext('fn.divZero', { fn: 'mod' }));
    return a % b;
  }),
  min: minMax('min', Math.min),
  max: minMax('max', Math.max),
  range,
  string: (args) => (arity('string', args, 1), toArmString(args[0] as Resolved)),
  int: toInt,
  bool: toBool,
  json,
  array: (args) => (arity('array', args, 1), Array.isArray(args[0]) ? args[0] : [args[0] as Resolved]),
  base64: strings('base64', toBase64),
  base64tostring: strings('base64ToString', (s) => fromBase64('base64ToString', s)),
  base64tojson: (args) => (arity('base64ToJson', args, 1), json([fromBase64('base64ToJson', str('base64ToJson', args, 0))])),
  uricomponent: strings('uriComponent', (s) => (checkTextLength('uriComponent', s.length * 9), encodeURIComponent(s))),
  uricomponenttostring: strings('uriComponentToString', (s) => fromUriComponent('uriComponentToString', s)),
  datauri: strings('dataUri', (s) => `data:text/plain;charset=utf8;base64,${toBase64(s)}`),
  datauritostring: strings('dataUriToString', fromDataUri),
  tolower: strings('toLower', (s) => s.toLowerCase()),
  toupper: strings('toUpper', (s) => s.toUpperCase()),
  trim: strings('trim', (s) => s.trim()),
  replace: (args) => {
    arity('replace', args, 3);
    const parts = str('replace', args, 0).split(str('replace', args, 1));
    const by = str('replace', args, 2);
    // Replacing '' puts the new text between every character: the result can be the product of the lengths.
    checkTextLength('replace', parts.reduce((n, p) => n + p.length, 0) + (parts.length - 1) * by.length);
    return parts.join(by);
  },
  substring,
  padleft: padLeft,
  length,
  split,
  first: firstOrLast('first', () => 0),
  last: firstOrLast('last', (n) => n - 1),
  take: takeOrSkip('take', true),
  skip: takeOrSkip('skip', false),
  contains,
  empty,
  indexof: stringTest('indexOf', (a, b) => a.indexOf(b)),
  lastindexof: stringTest('lastIndexOf', (a, b) => a.lastIndexOf(b)),
  startswith: stringTest('startsWith', (a, b) => a.startsWith(b)),
  endswith: stringTest('endsWith', (a, b) => a.endsWith(b)),
  equals: (args) => (arity('equals', args, 2), deepEqual(args[0] as Resolved, args[1] as Resolved)),
  not: (args) => (arity('not', args, 1), !bool('not', args, 0)),
  greater: compare('greater', (c) => c > 0),
  greaterorequals: compare('greaterOrEquals', (c) => c >= 0),
  less: compare('less', (c) => c < 0),
  lessorequals: compare('lessOrEquals', (c) => c <= 0),
  true: (args) => (arity('true', args, 0), true),
  false: (args) => (arity('false', args, 0), false),
  null: (args) => (arity('null', args, 0), null),
  createarray: (args) => [...args],
  createobject: createObject,
  union,
  intersection,
  items: (args) => (arity('items', args, 1), Object.entries(obj('items', args, 0)).map(([key, value]) => ({ key, value }))),
  uniquestring: (args) => (arity('uniqueString', args, 1, Infinity), uniqueString(args.map((_, i) => str('uniqueString', args, i)))),
  guid: (args) => (arity('guid', args, 1, Infinity), guid(args.map((_, i) => str('guid', args, i)))),
  resourcegroup: (args, ctx) => {
    arity('resourceGroup', args, 0);
    const { subscriptionId, resourceGroupName, location } = ctx.scope;
    return {
      id: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}`,
      name: resourceGroupName,
      type: 'Microsoft.Resources/resourceGroups',
      location,
      properties: { provisioningState: 'Succeeded' },
    };
  },
  subscription: (args, ctx) => {
    arity('subscription', args, 0);
    const { subscriptionId } = ctx.scope;
    return {
      id: `/subscriptions/${subscriptionId}`,
      subscriptionId,
      tenantId: '00000000-0000-0000-0000-000000000000',
      displayName: 'subscription',
    };
  },
  tenant: (args) => (arity('tenant', args, 0), { tenantId: '00000000-0000-0000-0000-000000000000' }),
  // A deployment at subscription, management group or tenant scope has a location (deployment().location): the
  // place it runs, known only at deployment, like resourceGroup().location.
  deployment: (args, ctx) => (
    arity('deployment', args, 0),
    { name: ctx.scope.deploymentName, location: ctx.scope.location, properties: {} }
  ),
  resourceid: (args, ctx) => (arity('resourceId', args, 2, Infinity), resourceId(ctx.scope, args)),
  subscriptionresourceid: (args, ctx) => (arity('subscriptionResourceId', args, 2, Infinity), subscriptionResourceId(ctx.scope, args)),
  tenantresourceid: (args) => (arity('tenantResourceId', args, 2, Infinity), tenantResourceId(args)),
  extensionresourceid: (args) => (arity('extensionResourceId', args, 3, Infinity), extensionResourceId(args)),
  reference,
  parsecidr: parseCidr,
  cidrsubnet: cidrSubnet,
  cidrhost: cidrHost,
  environment: unknowable(itext('fn.environment')),
  utcnow: unknowable(itext('fn.utcNow')),
  newguid: unknowable(itext('fn.newGuid')),
  managementgroup: unknowable(itext('fn.managementGroup')),
  pickzones: unknowable(itext('fn.pickZones')),
};

/** True for list*() functions (listKeys, listSecrets, …), whose results only Azure knows. */
export function isListFunction(lowerName: string): boolean {
  return lowerName.startsWith('list');
}
