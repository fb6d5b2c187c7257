// Evaluates parsed ARM expressions. Nothing here throws to the caller: whatever cannot be evaluated
// becomes an Unresolved marker carrying the path, the text and the reason, and is reported once.
import { BudgetExceeded } from '../../budget';
import { itext, type ImportText } from '../../text';
import { findUnresolved, isResolvedObject, isUnresolved, reasonOf, unresolved, type Resolved, type Unresolved } from '../resolved';
import type { Expr } from './ast';
import type { ExpressionContext } from './context';
import { FUNCTIONS, isListFunction } from './functions';
import { callLambdaFunction, LAMBDA_FUNCTIONS, NEWER_FUNCTIONS, type Lambda } from './lambdas';
import { parseTemplateString } from './parser';
import { EvalFailure, getProperty, typeText } from './values';

/** Where an expression sits, for the markers and messages it produces. */
export interface ExpressionSite {
  /** JSON path of the string, e.g. `resources[2].properties.frontendPort`. */
  path: string;
  /** The whole template string, e.g. `[parameters('port')]`. */
  expression: string;
}

/** Something an evaluation could not do, first seen at `marker.path` (propagated markers are not reported again). */
export interface EvaluationIssue {
  /** `invalid`: the template (or a function Floatplan lacks) is at fault; `unknowable`: only Azure knows the value; `syntax`: not a valid expression. */
  kind: 'invalid' | 'unknowable' | 'syntax';
  marker: Unresolved;
}

// Functions that only hold their arguments: an Unresolved argument stays an element of the result.
const CONTAINERS = new Set(['createarray', 'createobject']);
// Functions that look at the shape of their arguments, not inside the elements: an Unresolved element does not matter.
const STRUCTURAL = new Set([
  'concat',
  'union',
  'first',
  'last',
  'take',
  'skip',
  'length',
  'empty',
  'items',
  'array',
  'parameters',
  'variables',
]);

/**
 * Evaluates one template string: plain text comes back as is (`[[` unescaped), `[…]` is evaluated.
 * @example evaluateString("[add(30015, mul(parameters('n'), 100))]", ctx, 'variables.port') // 30415 when n = 4
 */
export function evaluateString(text: string, ctx: ExpressionContext, path: string, report?: (issue: EvaluationIssue) => void): Resolved {
  const parsed = parseTemplateString(text);
  if (!parsed.ok) {
    const marker = unresolved(itext('reason.syntax', { detail: parsed.message }), text, path);
    report?.({ kind: 'syntax', marker });
    return marker;
  }
  if (parsed.kind === 'text') return parsed.value;
  return evaluateExpression(parsed.expr, ctx, { path, expression: text }, report);
}

/** Evaluates a parsed expression at a site; an Unresolved result is re-addressed to the site, keeping its reason. */
export function evaluateExpression(
  expr: Expr,
  ctx: ExpressionContext,
  site: ExpressionSite,
  report?: (issue: EvaluationIssue) => void,
): Resolved {
  const budget = ctx.budget;
  const outerSite = budget?.site ?? '';
  if (budget) budget.site = site.path;
  try {
    return evaluateAtSite(expr, ctx, site, report);
  } finally {
    if (budget) budget.site = outerSite;
  }
}

function evaluateAtSite(expr: Expr, ctx: ExpressionContext, site: ExpressionSite, report?: (issue: EvaluationIssue) => void): Resolved {
  const budget = ctx.budget;
  const fail = (reason: string | ImportText, kind: 'invalid' | 'unknowable'): Unresolved => {
    const marker = unresolved(reason, site.expression, site.path);
    report?.({ kind, marker });
    return marker;
  };

  const evaluate = (e: Expr): Resolved => {
    budget?.step();
    try {
      switch (e.kind) {
        case 'string':
        case 'number':
        case 'literal':
          return e.value;
        case 'property': {
          const o = evaluate(e.object);
          if (isUnresolved(o)) return o;
          if (!isResolvedObject(o)) return fail(itext('reason.propertyOf', { name: e.name, type: typeText(o) }), 'invalid');
          const v = getProperty(o, e.name);
          if (v !== undefined) return v;
          // reference() gives only what the template declares; Azure adds more (say a dynamic private IP) at deployment.
          if (readsReference(e.object)) return fail(itext('reason.notInTemplate', { name: e.name }), 'unknowable');
          return fail(itext('reason.noProperty', { name: e.name, keys: keyList(o) }), 'invalid');
        }
        case 'index':
          return index(evaluate(e.object), evaluate(e.index), readsReference(e.object));
        case 'call': {
          const value = call(e.name, e.args);
          // What a call returns is built (or handed on) work: a copy or a doubling shows here, shared parts included.
          if (!isUnresolved(value)) budget?.charge(value);
          return value;
        }
      }
    } catch (err) {
      if (err instanceof EvalFailure) return fail(err.reason, err.failure);
      throw err;
    }
  };

  const index = (o: Resolved, i: Resolved, deployed: boolean): Resolved => {
    const missing = (what: ImportText) => (deployed ? fail(itext('reason.deployedOnly', { what }), 'unknowable') : fail(what, 'invalid'));
    if (isUnresolved(o)) return o;
    if (isUnresolved(i)) return i;
    if (Array.isArray(o)) {
      if (typeof i !== 'number' || !Number.isInteger(i)) return fail(itext('reason.arrayIndexType', { type: typeText(i) }), 'invalid');
      if (i < 0 || i >= o.length) return missing(itext('reason.indexOutside', { index: i, length: o.length }));
      return o[i] as Resolved;
    }
    if (isResolvedObject(o)) {
      if (typeof i !== 'string') return fail(itext('reason.objectIndexType', { type: typeText(i) }), 'invalid');
      const v = getProperty(o, i);
      return v === undefined ? missing(itext('reason.noKey', { key: i, keys: keyList(o) })) : v;
    }
    return fail(itext('reason.cannotIndex', { type: typeText(o) }), 'invalid');
  };

  const call = (name: string, argExprs: Expr[]): Resolved => {
    const lower = name.toLowerCase();
    if (lower === 'if') {
      if (argExprs.length !== 3) throw new EvalFailure(itext('reason.ifArity', { got: argExprs.length }));
      const condition = evaluate(argExprs[0] as Expr);
      if (isUnresolved(condition)) return condition;
      if (typeof condition !== 'boolean') throw new EvalFailure(itext('reason.ifCondition', { type: typeText(condition) }));
      // Only the chosen branch is evaluated, so an unknowable other branch does not matter.
      return evaluate(argExprs[condition ? 1 : 2] as Expr);
    }
    if (lower === 'lambdavariables') {
      if (argExprs.length !== 1) throw new EvalFailure(itext('reason.lambdaVariablesArity', { got: argExprs.length }));
      const variable = evaluate(argExprs[0] as Expr);
      if (isUnresolved(variable)) return variable;
      for (const frame of [...bindings].reverse())
        if (typeof variable === 'string' && frame.has(variable)) return frame.get(variable) as Resolved;
      throw new EvalFailure(itext('reason.lambdaVariablesOutside', { name: String(variable) }));
    }
    if (lower === 'lambda') throw new EvalFailure(itext('reason.lambdaOutside'));
    const lambdaPositions = LAMBDA_FUNCTIONS[lower];
    if (lambdaPositions) {
      const largs = argExprs.map((a, i) => (lambdaPositions.includes(i) ? makeLambda(a) : evaluate(a)));
      const blocked = largs.find((a): a is Unresolved => typeof a !== 'function' && isUnresolved(a));
      return blocked ?? callLambdaFunction(lower, largs);
    }
    const args = argExprs.map(evaluate);
    if (lower === 'and' || lower === 'or') return logic(lower, args);
    if (lower === 'coalesce') {
      for (const a of args) {
        if (isUnresolved(a)) return a;
        if (a !== null) return a;
      }
      return null;
    }
    const fn = FUNCTIONS[lower] ?? NEWER_FUNCTIONS[lower];
    if (!fn && lower.includes('.')) {
      const blocked = args.find(isUnresolved);
      if (blocked) return blocked;
      const value = ctx.userFunction?.(name, args);
      if (value !== undefined) return value;
      throw new EvalFailure(itext('reason.noUserFunction', { name }));
    }
    if (!fn) {
      if (isListFunction(lower)) throw new EvalFailure(itext('reason.listFunction', { name }), 'unknowable');
      throw new EvalFailure(itext('reason.unsupportedFunction', { name }));
    }
    const blocking = CONTAINERS.has(lower)
      ? undefined
      : STRUCTURAL.has(lower)
        ? args.find(isUnresolved)
        : args.map(findUnresolved).find((u) => u !== undefined);
    if (blocking) return blocking;
    try {
      return fn(args, ctx);
    } catch (e) {
      // A function is pure: whatever else it throws (a RangeError from a number out of reach) is this value's problem.
      if (e instanceof EvalFailure || e instanceof BudgetExceeded) throw e;
      throw new EvalFailure(itext('reason.fnError', { fn: name, detail: e instanceof Error ? e.message : String(e) }));
    }
  };

  const bindings: Map<string, Resolved>[] = [];
  const makeLambda = (e: Expr): Lambda => {
    if (e.kind !== 'call' || e.name.toLowerCase() !== 'lambda' || e.args.length < 2) throw new EvalFailure(itext('reason.lambdaExpected'));
    const names = e.args.slice(0, -1).map((a) => {
      if (a.kind !== 'string') throw new EvalFailure(itext('reason.lambdaNames'));
      return a.value;
    });
    const body = e.args[e.args.length - 1] as Expr;
    return (...values) => {
      bindings.push(new Map(names.map((n, i) => [n, values[i] ?? null])));
      try {
        return evaluate(body);
      } finally {
        bindings.pop();
      }
    };
  };

  const result = evaluate(expr);
  return isUnresolved(result) ? unresolved(reasonOf(result), site.expression, site.path) : result;
}

function logic(fn: 'and' | 'or', args: Resolved[]): Resolved {
  if (args.length < 2) throw new EvalFailure(itext('reason.logicArity', { fn, got: args.length }));
  // A decisive value (false for and, true for or) settles it even beside an unresolved one.
  const decisive = fn === 'or';
  let pending: Unresolved | undefined;
  for (const a of args) {
    if (isUnresolved(a)) pending ??= a;
    else if (typeof a !== 'boolean') throw new EvalFailure(itext('reason.logicType', { fn, type: typeText(a) }));
    else if (a === decisive) return decisive;
  }
  return pending ?? !decisive;
}

/** "'a', 'b'" or the word none: the keys an object has, for a reason. */
function keyList(o: object): ImportText | string {
  return (
    Object.keys(o)
      .map((k) => `'${k}'`)
      .join(', ') || itext('word.none')
  );
}

function readsReference(e: Expr): boolean {
  if (e.kind === 'call') return e.name.toLowerCase() === 'reference';
  if (e.kind === 'property' || e.kind === 'index') return readsReference(e.object);
  return false;
}
