// Evaluates the expressions of a parsed Terraform file: literals, templates, `var.x` (user value or the
// variable's default), `local.x`, `count.index`, `each.key`/`each.value`, references to resources of the same file
// (counted and for_each instances, splats, indexes), `for` expressions, operators, conditionals and the pure
// built-in functions of functions.ts. Anything else (other functions, data sources, modules) stays Unknown with
// the reason; nothing throws but the budget.
import { Budget, BudgetExceeded } from '../budget';
import { itext, type ImportText } from '../text';
import { firstUnknown, keyText } from './collections';
import { describe, forExpression, object, type NodeEvaluator, showValue, splat, SPLAT, template } from './expressions';
import { applyOperator, callFunction, FunctionFailure, isPlain, knownFunction, structuralFunction, type Plain } from './functions';
import type { ExpressionAst } from './hclParser';
import { coerce, isKnown, literal, segments } from './literals';
import { isObject, ResourceRef, Unknown, type TfValue } from './values';

/** One resource instance of the file (a resource with `count = 2` has two, one with a `for_each` map one per key). */
export interface Instance {
  type: string;
  name: string;
  /** `type.name`, `type.name[i]` for counted resources, `type.name["key"]` for for_each ones. */
  address: string;
  body: Record<string, unknown>;
  countIndex?: number;
  /** `each.key` and `each.value` of a for_each instance whose for_each the import could evaluate. */
  each?: { key: string; value: TfValue };
}

/** What an expression is evaluated within: the instance's count.index or each, and names bound by for, splat or dynamic. */
export interface EvalContext {
  countIndex?: number;
  each?: { key: TfValue; value: TfValue };
  /** `for` expression variables and `dynamic` block iterators by name. */
  vars?: ReadonlyMap<string, TfValue>;
}

/** The context of an instance's own attributes. */
export function contextOf(i: Instance): EvalContext {
  return { ...(i.countIndex !== undefined ? { countIndex: i.countIndex } : {}), ...(i.each ? { each: i.each } : {}) };
}

/** What the evaluator reads besides the expression. */
export interface Scope {
  /** Template strings of the file with their syntax trees (filled before evaluation; parsing is async). */
  asts: ReadonlyMap<string, ExpressionAst | null>;
  /** `variable` blocks by name. */
  variables: ReadonlyMap<string, Record<string, unknown>>;
  /** Values given by the user (`--param name=value`). */
  params: Readonly<Record<string, string>>;
  locals: ReadonlyMap<string, unknown>;
  /** The instances of `type.name` (expanded on first use, in index or key order), or undefined when not declared. */
  resources: { get(address: string): Instance[] | undefined };
}

const MAX_DEPTH = 32;

// Roots that exist in Terraform but whose values come from outside this file.
const OUTSIDE: Record<string, ImportText> = {
  data: itext('tf.reason.data'),
  module: itext('tf.reason.module'),
  each: itext('tf.reason.each'),
  path: itext('tf.reason.path'),
  terraform: itext('tf.reason.terraform'),
  self: itext('tf.reason.self'),
};

const contextKey = (c: EvalContext) => `${c.countIndex ?? ''}|${c.each ? JSON.stringify(c.each.key) : ''}`;

/** Evaluates raw values of hcl2json's JSON within a scope. */
export class Evaluator {
  /** Names of the variables the evaluated expressions used (to point out a mistyped `--param`). */
  readonly usedVariables = new Set<string>();
  // Every instance handed out, by address: a ResourceRef names one of these.
  private readonly known = new Map<string, Instance>();
  // The evaluator as expressions.ts sees it.
  private get expr(): NodeEvaluator {
    return { node: (n, ctx, depth) => this.node(n, ctx, depth), budget: this.budget };
  }

  constructor(
    private readonly scope: Scope,
    /** The import's work budget: locals are evaluated where used, so a local used twice by the next one doubles. */
    readonly budget: Budget = new Budget(),
  ) {}

  // A local or attribute is one value however often it is used: evaluated once, so a chain of locals each using
  // the previous one twice costs its length, not two to the power of it.
  private readonly memos = new Map<string, TfValue>();

  private memo(key: string, compute: () => TfValue): TfValue {
    if (this.memos.has(key)) return this.memos.get(key)!;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /**
   * The value of a raw JSON value (strings are HCL templates), never an exception but for the budget's.
   * @example evaluator.value('${var.port}') // 1433 when the variable's default is 1433
   */
  value(raw: unknown, context?: number | EvalContext, depth = 0): TfValue {
    const ctx: EvalContext = typeof context === 'number' ? { countIndex: context } : (context ?? {});
    try {
      return this.raw(raw, ctx, depth);
    } catch (e) {
      if (e instanceof BudgetExceeded) throw e;
      // A syntax tree of a shape this evaluator does not know is that value's problem, never the import's.
      return new Unknown(typeof raw === 'string' ? raw : 'expression', itext('tf.reason.unexpected'));
    }
  }

  private raw(raw: unknown, ctx: EvalContext, depth: number): TfValue {
    this.budget.step();
    if (depth > MAX_DEPTH) return new Unknown(String(raw), itext('tf.reason.circle'));
    if (raw === null || raw === undefined) return null;
    if (typeof raw === 'boolean' || typeof raw === 'number') return raw;
    if (typeof raw === 'string') {
      if (!this.scope.asts.has(raw)) return raw;
      const ast = this.scope.asts.get(raw);
      if (!ast) return new Unknown(raw, itext('tf.reason.unparsed'));
      return this.node(ast, ctx, depth);
    }
    if (Array.isArray(raw)) return raw.map((x) => this.raw(x, ctx, depth + 1));
    if (typeof raw === 'object') {
      return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, this.raw(v, ctx, depth + 1)]));
    }
    return new Unknown(String(raw), itext('tf.reason.unexpected'));
  }

  private node(n: ExpressionAst, ctx: EvalContext, depth: number): TfValue {
    this.budget.step();
    this.budget.checkDepth(depth);
    const children = Array.isArray(n.children) ? n.children : [];
    // hcl2json gives parentheses (and an object's key) as a node with no type and no meta around the inner
    // expression; with no inner one it is a splat's anonymous element or a bare key (found by the fuzzer).
    if (!n.meta || n.type === '') {
      const [inner] = children;
      if (inner && children.length === 1) return this.node(inner, ctx, depth + 1);
      if (children.length === 0 && ctx.vars?.has(SPLAT)) return ctx.vars.get(SPLAT)!;
      return new Unknown(
        n.source ?? n.type ?? 'expression',
        itext('tf.reason.notEvaluated', { what: itext('tf.what.other', { type: n.type || '?' }) }),
      );
    }
    const text = n.meta.value ?? n.meta.fullAccessor ?? n.type;
    switch (n.type) {
      case 'templateWrap':
        return children[0] ? this.node(children[0], ctx, depth + 1) : '';
      case 'template':
        return template(this.expr, n, children, text, ctx, depth);
      case 'templateJoin': {
        // `%{ for x in list }…%{ endfor }`: the for gives the parts, joined.
        const parts = children[0] ? this.node(children[0], ctx, depth + 1) : '';
        if (Array.isArray(parts) && parts.every((p) => typeof p === 'string')) return parts.join('');
        return parts instanceof Unknown ? parts : new Unknown(text, itext('tf.reason.notEvaluated', { what: describe(n) }));
      }
      case 'literalValue':
        return literal(n);
      case 'tuple':
        return children.map((c) => this.node(c, ctx, depth + 1));
      case 'object':
        return object(this.expr, children, text, ctx, depth);
      case 'scopeTraversal':
        return this.traversal(n, ctx, depth);
      case 'relativeTraversal':
        return children[0]
          ? this.walk(this.node(children[0], ctx, depth + 1), segments(n), text, depth)
          : new Unknown(text, itext('tf.reason.emptyReference'));
      case 'index':
        return this.index(children, text, ctx, depth);
      case 'splat':
        return splat(this.expr, children, text, ctx, depth);
      case 'for':
        return forExpression(this.expr, n, children, text, ctx, depth);
      case 'function':
        return this.call(n, ctx, depth);
      case 'conditional':
        return this.conditional(n, ctx, depth);
      case 'binaryOp':
      case 'unaryOp':
        return this.operator(n, ctx, depth);
      default:
        return new Unknown(text, itext('tf.reason.notEvaluated', { what: describe(n) }));
    }
  }

  private index(children: ExpressionAst[], text: string, ctx: EvalContext, depth: number): TfValue {
    const [collection, keyNode] = children;
    if (!collection || !keyNode) return new Unknown(text, itext('tf.reason.emptyReference'));
    const key = this.node(keyNode, ctx, depth + 1);
    if (key instanceof Unknown) return new Unknown(text, key.reasonText);
    const name = keyText(key);
    if (name === undefined) return new Unknown(text, itext('tf.reason.badKey', { key: JSON.stringify(key) }));
    return this.walk(this.node(collection, ctx, depth + 1), [name], text, depth);
  }

  /** The arguments' values, or the first one that is not a plain value (unknown, or a resource reference). */
  private operands(n: ExpressionAst, ctx: EvalContext, depth: number, references = false): { values: TfValue[]; blocked?: Unknown } {
    const values = (n.children ?? []).map((c) => this.node(c, ctx, depth + 1));
    const unknown = values.map(firstUnknown).find((u) => u !== undefined);
    if (unknown) return { values, blocked: unknown };
    const text = n.meta.value ?? n.type;
    if (!references && !values.every(isPlain)) return { values, blocked: new Unknown(text, itext('tf.reason.idInText')) };
    return { values };
  }

  private call(n: ExpressionAst, ctx: EvalContext, depth: number): TfValue {
    const text = n.meta.value ?? n.type;
    const name = n.meta.name ?? '';
    if (!knownFunction(name) || n.meta.expandedFinalArgument === true)
      return new Unknown(text, itext('tf.reason.notEvaluated', { what: describe(n) }));
    const structural = structuralFunction(name);
    const { values, blocked } = this.operands(n, ctx, depth, structural);
    if (blocked) return new Unknown(text, blocked.reasonText);
    // A resource reference inside a list is moved, never looked into, by the structural functions.
    if (
      structural &&
      values.some((v) => v instanceof ResourceRef) &&
      !['element', 'concat', 'tolist', 'toset', 'coalesce', 'one'].includes(name)
    )
      return new Unknown(text, itext('tf.reason.idInText'));
    return this.attempt(text, () => callFunction(name, values as Parameters<typeof callFunction>[1]));
  }

  private conditional(n: ExpressionAst, ctx: EvalContext, depth: number): TfValue {
    const [cond, yes, no] = n.children ?? [];
    const c = cond ? this.node(cond, ctx, depth + 1) : null;
    if (c instanceof Unknown) {
      // `cond ? 0 : 0`: whatever the condition is, the value is the same, so it is known.
      const a = yes ? this.node(yes, ctx, depth + 1) : null;
      const b = no ? this.node(no, ctx, depth + 1) : null;
      if (isKnown(a) && JSON.stringify(a) === JSON.stringify(b)) return a;
      return new Unknown(n.meta.value ?? 'conditional', c.reasonText);
    }
    if (typeof c !== 'boolean')
      return new Unknown(
        n.meta.value ?? 'conditional',
        itext('tf.reason.fnFailed', { detail: `the condition is ${showValue(c)}, not true or false` }),
      );
    const branch = c ? yes : no;
    return branch ? this.node(branch, ctx, depth + 1) : null;
  }

  private operator(n: ExpressionAst, ctx: EvalContext, depth: number): TfValue {
    const text = n.meta.value ?? n.type;
    const { values, blocked } = this.operands(n, ctx, depth);
    if (blocked) return new Unknown(text, blocked.reasonText);
    return this.attempt(text, () => applyOperator(String(n.meta.operator ?? ''), values as Plain[]));
  }

  private attempt(text: string, compute: () => TfValue): TfValue {
    try {
      const value = compute();
      this.budget.charge(value);
      return value;
    } catch (e) {
      if (e instanceof BudgetExceeded) throw e;
      // Any failure of one expression (a FunctionFailure, or a RangeError from numbers out of reach) is that value's
      // problem, never the whole import's.
      const detail = e instanceof FunctionFailure ? e.detail : e instanceof Error ? e.message : String(e);
      return new Unknown(text, itext('tf.reason.fnFailed', { detail }));
    }
  }

  private traversal(n: ExpressionAst, ctx: EvalContext, depth: number): TfValue {
    const parts = segments(n);
    const text = n.meta.fullAccessor ?? n.meta.value ?? '';
    const [root, ...rest] = parts;
    if (root === undefined) return new Unknown(text, itext('tf.reason.emptyReference'));
    // A for expression's variables and a dynamic block's iterator hide anything of the same name.
    if (ctx.vars?.has(root)) return this.walk(ctx.vars.get(root)!, rest, text, depth);
    if (root === 'var') {
      const [name, ...path] = rest;
      return this.walk(this.variable(name ?? '', depth), path, text, depth);
    }
    if (root === 'local') {
      const [name, ...path] = rest;
      if (name === undefined || !this.scope.locals.has(name))
        return new Unknown(text, itext('tf.reason.localUndefined', { name: name ?? '' }));
      // Locals see no for variables (Terraform evaluates them once, in the module).
      const outer: EvalContext = { ...ctx, vars: undefined };
      return this.walk(
        this.memo(`local.${name}|${contextKey(ctx)}`, () => this.raw(this.scope.locals.get(name), outer, depth + 1)),
        path,
        text,
        depth,
      );
    }
    if (root === 'count') {
      if (rest[0] === 'index' && ctx.countIndex !== undefined) return ctx.countIndex;
      return new Unknown(text, itext('tf.reason.countIndex'));
    }
    if (root === 'each' && ctx.each && (rest[0] === 'key' || rest[0] === 'value'))
      return this.walk(rest[0] === 'key' ? ctx.each.key : ctx.each.value, rest.slice(1), text, depth);
    if (Object.hasOwn(OUTSIDE, root)) return new Unknown(text, OUTSIDE[root]!);
    return this.resource(root, rest, text, depth);
  }

  private variable(name: string, depth: number): TfValue {
    this.usedVariables.add(name);
    const decl = this.scope.variables.get(name);
    const given = Object.hasOwn(this.scope.params, name) ? this.scope.params[name] : undefined;
    if (given !== undefined) return coerce(given, decl);
    if (decl && 'default' in decl) return this.raw(decl.default, {}, depth + 1);
    return new Unknown(`var.${name}`, itext(decl ? 'tf.reason.variableNoDefault' : 'tf.reason.variableUndeclared', { name }));
  }

  /** `type.name`: the instance, or a list (count) or map (for_each) of them, walked on by the rest of the reference. */
  private resource(type: string, rest: string[], text: string, depth: number): TfValue {
    const [name, ...after] = rest;
    if (name === undefined) return new Unknown(text, itext('tf.reason.notDefinedType', { type }));
    const address = `${type}.${name}`;
    const instances = this.scope.resources.get(address);
    if (!instances) return new Unknown(text, itext('tf.reason.notDefined', { address }));
    for (const i of instances) this.known.set(i.address, i);
    const refs = instances.map((i) => new ResourceRef(i.address, ''));
    let value: TfValue;
    if (instances.some((i) => i.each)) {
      value = {};
      for (const [k, i] of instances.entries())
        Object.defineProperty(value, i.each!.key, { value: refs[k]!, enumerable: true, writable: true, configurable: true });
    } else value = instances.length === 1 && instances[0]!.countIndex === undefined ? refs[0]! : refs;
    return this.walk(value, after, text, depth, address);
  }

  /** Follows `.attr` and `[key]` steps from a value; a resource instance's attributes are read from its body. */
  private walk(start: TfValue, path: readonly string[], text: string, depth: number, resource?: string): TfValue {
    let cur = start;
    for (const key of path) {
      this.budget.step();
      if (cur instanceof Unknown) return cur;
      if (cur instanceof ResourceRef && cur.attribute === '') cur = this.attribute(cur.address, key, text, depth);
      else if (Array.isArray(cur)) {
        if (/^\d+$/.test(key) && Number(key) < cur.length) cur = cur[Number(key)]!;
        else if (resource && !/^\d+$/.test(key)) return new Unknown(text, itext('tf.reason.needsIndex', { address: resource }));
        else if (resource) return new Unknown(text, itext('tf.reason.noInstance', { address: resource, index: key }));
        else return new Unknown(text, itext('tf.reason.noElement', { key: JSON.stringify(key) }));
      } else if (isObject(cur) && Object.hasOwn(cur, key)) cur = cur[key]!;
      else if (resource && isObject(cur))
        return new Unknown(text, itext('tf.reason.noInstance', { address: resource, index: JSON.stringify(key) }));
      else return new Unknown(text, itext('tf.reason.noElement', { key: JSON.stringify(key) }));
      // Only the first step after `type.name` picks an instance.
      resource = undefined;
    }
    return cur;
  }

  /** An attribute of an instance: `id` is Azure's, anything else is what the file sets. */
  private attribute(address: string, attr: string, text: string, depth: number): TfValue {
    if (attr === 'id') return new ResourceRef(address, 'id');
    const instance = this.known.get(address);
    // azurerm exports a NIC's primary address as its own attribute (`ip_address = ….nic[count.index].private_ip_address`).
    if (instance?.type === 'azurerm_network_interface' && attr === 'private_ip_address' && !Object.hasOwn(instance.body, attr))
      return this.memo(`${address}.${attr}`, () => this.primaryAddress(instance, text, depth));
    if (!instance || !Object.hasOwn(instance.body, attr)) return new Unknown(text, itext('tf.reason.notSet', { attribute: attr, address }));
    // A nested block (frontend_ip_configuration) is a list in hcl2json's JSON, so indexes line up with Terraform's.
    return this.memo(`${address}.${attr}`, () => this.raw(instance.body[attr], contextOf(instance), depth + 1));
  }

  /** The `private_ip_address` of a NIC's primary ip_configuration (`primary = true`, else the first), when the file sets it. */
  private primaryAddress(nic: Instance, text: string, depth: number): TfValue {
    const configs = this.raw(nic.body.ip_configuration, contextOf(nic), depth + 1);
    const list = Array.isArray(configs) ? configs.filter(isObject) : [];
    const primary = list.find((c) => c.primary === true) ?? list[0];
    const ip = primary?.private_ip_address;
    return ip === undefined || ip === null
      ? new Unknown(text, itext('tf.reason.notSet', { attribute: 'private_ip_address', address: nic.address }))
      : ip;
  }
}
