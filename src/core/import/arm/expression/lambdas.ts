// map(), filter(), reduce(), sort(), toObject() and mapValues() with lambda('x', …) arguments.
import { isResolvedObject, isUnresolved, setKey, type Resolved, type ResolvedObject } from '../resolved';
import { arity, checkTextLength, EvalFailure, int, str, toArmString, typeName } from './values';

/** A lambda argument, ready to call with values for its parameters. */
export type Lambda = (...values: Resolved[]) => Resolved;

/** Names (lower case) of the functions that take lambdas, and which argument positions are lambdas. */
export const LAMBDA_FUNCTIONS: Readonly<Record<string, readonly number[]>> = {
  map: [1],
  filter: [1],
  reduce: [2],
  sort: [1],
  toobject: [1, 2],
  mapvalues: [1],
};

function items(fn: string, v: Resolved | Lambda | undefined): Resolved[] {
  if (!Array.isArray(v))
    throw new EvalFailure(`${fn}() expects an array as argument 1, got ${typeof v === 'function' ? 'a lambda' : typeName(v)}`);
  return v;
}

function lambda(fn: string, v: Resolved | Lambda | undefined, index: number): Lambda {
  if (typeof v !== 'function') throw new EvalFailure(`${fn}() expects lambda(…) as argument ${index + 1}`);
  return v;
}

/** Calls a lambda function once its array and lambdas are ready; an Unresolved from a lambda makes the result Unresolved. */
export function callLambdaFunction(lower: string, args: (Resolved | Lambda)[]): Resolved {
  const fn = lower;
  const check = (v: Resolved): Resolved => {
    if (isUnresolved(v)) throw v;
    return v;
  };
  try {
    switch (lower) {
      case 'map': {
        const f = lambda(fn, args[1], 1);
        return items(fn, args[0]).map((x, i) => check(f(x, i)));
      }
      case 'filter': {
        const f = lambda(fn, args[1], 1);
        return items(fn, args[0]).filter((x, i) => {
          const keep = check(f(x, i));
          if (typeof keep !== 'boolean') throw new EvalFailure(`filter() needs its lambda to return true or false, got ${typeName(keep)}`);
          return keep;
        });
      }
      case 'reduce': {
        const f = lambda(fn, args[2], 2);
        return items(fn, args[0]).reduce<Resolved>((acc, x, i) => check(f(acc, x, i)), args[1] as Resolved);
      }
      case 'sort': {
        const f = lambda(fn, args[1], 1);
        return [...items(fn, args[0])].sort((a, b) => {
          const less = check(f(a, b));
          if (typeof less !== 'boolean') throw new EvalFailure(`sort() needs its lambda to return true or false, got ${typeName(less)}`);
          return less ? -1 : check(f(b, a)) === true ? 1 : 0;
        });
      }
      case 'toobject': {
        const key = lambda(fn, args[1], 1);
        const value = args[2] === undefined ? undefined : lambda(fn, args[2], 2);
        const out: ResolvedObject = {};
        for (const x of items(fn, args[0])) {
          const k = check(key(x));
          if (typeof k !== 'string') throw new EvalFailure(`toObject() needs keys that are strings, got ${typeName(k)}`);
          setKey(out, k, value ? check(value(x)) : x);
        }
        return out;
      }
      case 'mapvalues': {
        const o = args[0];
        if (!isResolvedObject(o as Resolved)) throw new EvalFailure(`mapValues() expects an object as argument 1`);
        const f = lambda(fn, args[1], 1);
        return Object.fromEntries(Object.entries(o as ResolvedObject).map(([k, v]) => [k, check(f(v))]));
      }
    }
  } catch (e) {
    if (isUnresolved(e)) return e;
    throw e;
  }
  throw new EvalFailure(`${fn}() is not a lambda function`);
}

/** join(array, delimiter), flatten(arrays), objectKeys(object), tryGet(object|array, key…), indexFromEnd(array, n). */
export const NEWER_FUNCTIONS: Readonly<Record<string, (args: Resolved[]) => Resolved>> = {
  join: (args) => {
    arity('join', args, 2);
    const list = args[0];
    if (!Array.isArray(list)) throw new EvalFailure(`join() expects an array as argument 1, got ${typeName(list)}`);
    const parts = list.map((v) => toArmString(v));
    const by = str('join', args, 1);
    checkTextLength('join', parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * by.length);
    return parts.join(by);
  },
  flatten: (args) => {
    arity('flatten', args, 1);
    const list = args[0];
    if (!Array.isArray(list) || !list.every(Array.isArray)) throw new EvalFailure('flatten() expects an array of arrays');
    return (list as Resolved[][]).flat();
  },
  objectkeys: (args) => {
    arity('objectKeys', args, 1);
    const o = args[0];
    if (!isResolvedObject(o)) throw new EvalFailure(`objectKeys() expects an object, got ${typeName(o)}`);
    return Object.keys(o);
  },
  tryget: (args) => {
    arity('tryGet', args, 2, Infinity);
    let v: Resolved | undefined = args[0];
    for (const key of args.slice(1)) {
      if (Array.isArray(v) && typeof key === 'number') v = v[key];
      else if (isResolvedObject(v) && typeof key === 'string') v = v[key];
      else return null;
      if (v === undefined) return null;
    }
    return v ?? null;
  },
  indexfromend: (args) => {
    arity('indexFromEnd', args, 2);
    const list = args[0];
    if (!Array.isArray(list)) throw new EvalFailure(`indexFromEnd() expects an array, got ${typeName(list)}`);
    const n = int('indexFromEnd', args, 1);
    if (n < 1 || n > list.length) throw new EvalFailure(`indexFromEnd() index ${n} is outside the array (length ${list.length})`);
    return list[list.length - n] as Resolved;
  },
};
