// The expressions that build collections and texts: templates, object constructors, splats and `for` expressions.
// Each is a function of the evaluator's node evaluation, so evaluate.ts stays about references and scopes.
import type { Budget } from '../budget';
import { itext, type ImportText } from '../text';
import { entries, keyText } from './collections';
import type { EvalContext } from './evaluate';
import type { ExpressionAst } from './hclParser';
import { ResourceRef, Unknown, type TfValue } from './values';

/** What these expressions need of the evaluator: evaluating a child node in a context, and the budget. */
export interface NodeEvaluator {
  node(n: ExpressionAst, ctx: EvalContext, depth: number): TfValue;
  budget: Budget;
}

const MAX_DISPLAY = 200;
/** The variable a splat's each-expression reads its element from (no HCL name can hold a NUL). */
export const SPLAT = '\0splat';

/** A value as a diagnostic quotes it. */
export const showValue = (v: TfValue): string =>
  v instanceof Unknown ? v.expression : v instanceof ResourceRef ? v.address : JSON.stringify(v);

/** A quoted template: its parts joined, or a placeholder showing the unknown parts in angle brackets. */
export function template(
  ev: NodeEvaluator,
  n: ExpressionAst,
  children: ExpressionAst[],
  text: string,
  ctx: EvalContext,
  depth: number,
): TfValue {
  const parts = children.map((c) => ev.node(c, ctx, depth + 1));
  const unknown = parts.find((p): p is Unknown => p instanceof Unknown);
  const bad = parts.find((p) => p !== null && typeof p === 'object' && !(p instanceof Unknown));
  if (!unknown && !bad) {
    const joined = parts.map((p) => (p === null ? '' : String(p))).join('');
    ev.budget.charge(joined);
    return joined;
  }
  const display = parts
    .map((p, i) =>
      p instanceof Unknown
        ? p.display
        : typeof p === 'object' && p !== null
          ? `<${children[i]?.meta?.value ?? 'reference'}>`
          : String(p ?? ''),
    )
    .join('');
  // A placeholder name built from placeholders would double with each local that uses the last one twice.
  const shown = display.length > MAX_DISPLAY ? `${display.slice(0, MAX_DISPLAY)}…` : display;
  return new Unknown(text, unknown ? unknown.reasonText : itext('tf.reason.idInText'), shown);
}

/** An object constructor `{ a = 1, (var.k) = 2 }`; a key that is no text makes the whole object unknown. */
export function object(ev: NodeEvaluator, children: ExpressionAst[], text: string, ctx: EvalContext, depth: number): TfValue {
  const out: Record<string, TfValue> = {};
  for (let i = 0; i + 1 < children.length; i += 2) {
    const k = children[i]!;
    // A bare key (`{ a = 1 }`) is a childless node whose text the reader copied from the source.
    const key = k.type === '' && (k.children ?? []).length === 0 ? (k.source ?? null) : ev.node(k, ctx, depth + 1);
    if (key instanceof Unknown) return new Unknown(text, key.reasonText);
    const name = keyText(key);
    if (name === undefined) return new Unknown(text, itext('tf.reason.badKey', { key: JSON.stringify(key) }));
    Object.defineProperty(out, name, {
      value: ev.node(children[i + 1]!, ctx, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** `list[*].attr` and `list.*.attr`: the attribute of every element; a single value counts as a list of one. */
export function splat(ev: NodeEvaluator, children: ExpressionAst[], text: string, ctx: EvalContext, depth: number): TfValue {
  const [source, each] = children;
  const s = source ? ev.node(source, ctx, depth + 1) : null;
  if (s instanceof Unknown) return new Unknown(text, s.reasonText);
  const list = s === null ? [] : Array.isArray(s) ? s : [s];
  if (!each) return list;
  return list.map((element) => {
    ev.budget.step();
    return ev.node(each, { ...ctx, vars: new Map([...(ctx.vars ?? []), [SPLAT, element]]) }, depth + 1);
  });
}

/** `[for k, v in c : value if cond]` and `{for k, v in c : key => value...}`. */
export function forExpression(
  ev: NodeEvaluator,
  n: ExpressionAst,
  children: ExpressionAst[],
  text: string,
  ctx: EvalContext,
  depth: number,
): TfValue {
  const meta = n.meta;
  const toObject = meta.openRangeValue === '{';
  const [collection, ...rest] = children;
  const keyNode = toObject ? rest.shift() : undefined;
  const valueNode = rest.shift();
  const condNode = meta.conditionalExpression !== undefined ? rest.shift() : undefined;
  if (!collection || !valueNode || (toObject && !keyNode)) return new Unknown(text, itext('tf.reason.notEvaluated', { what: describe(n) }));
  const c = ev.node(collection, ctx, depth + 1);
  if (c instanceof Unknown) return new Unknown(text, c.reasonText);
  const pairs = entries(c);
  if (!pairs) return new Unknown(text, itext('tf.reason.notCollection', { value: showValue(c) }));
  const list: TfValue[] = [];
  const object: Record<string, TfValue[] | TfValue> = {};
  for (const { key, value } of pairs) {
    ev.budget.step();
    const vars = new Map(ctx.vars ?? []);
    if (meta.keyVar) vars.set(meta.keyVar, key);
    if (meta.valVar) vars.set(meta.valVar, value);
    const inner: EvalContext = { ...ctx, vars };
    if (condNode) {
      const keep = ev.node(condNode, inner, depth + 1);
      if (keep instanceof Unknown) return new Unknown(text, keep.reasonText);
      if (keep === false) continue;
      if (keep !== true) return new Unknown(text, itext('tf.reason.notBool', { value: showValue(keep) }));
    }
    const v = ev.node(valueNode, inner, depth + 1);
    if (!toObject) {
      list.push(v);
      continue;
    }
    const k = ev.node(keyNode!, inner, depth + 1);
    if (k instanceof Unknown) return new Unknown(text, k.reasonText);
    const name = keyText(k);
    if (name === undefined) return new Unknown(text, itext('tf.reason.badKey', { key: showValue(k) }));
    const had = Object.hasOwn(object, name);
    if (meta.groupedValue === true) {
      const group = had ? (object[name] as TfValue[]) : [];
      group.push(v);
      Object.defineProperty(object, name, { value: group, enumerable: true, writable: true, configurable: true });
    } else if (had) return new Unknown(text, itext('tf.reason.duplicateKey', { key: name }));
    else Object.defineProperty(object, name, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return toObject ? object : list;
}

/** What kind of expression a node is, for "the import does not evaluate …". */
export function describe(n: ExpressionAst): ImportText {
  switch (n.type) {
    case 'function':
      return itext('tf.what.function', { name: n.meta.name ?? '?' });
    case 'conditional':
      return itext('tf.what.conditional');
    case 'for':
      return itext('tf.what.for');
    case 'splat':
      return itext('tf.what.splat');
    case 'binaryOp':
    case 'unaryOp':
      return itext('tf.what.operators');
    default:
      return itext('tf.what.other', { type: n.type });
  }
}
