// Evaluates the expressions of a parsed Terraform file: literals, templates, `var.x` (user value or the
// variable's default), `local.x`, `count.index`, references to resources of the same file, operators,
// conditionals and the pure built-in functions of functions.ts. Anything else (other functions, data
// sources, modules, for_each keys, `for` expressions) stays Unknown with the reason.
import { Budget, BudgetExceeded } from '../budget';
import { itext, type ImportText } from '../text';
import { applyOperator, callFunction, FunctionFailure, isPlain, knownFunction, type Plain } from './functions';
import type { ExpressionAst } from './hclParser';
import { isObject, ResourceRef, unescapeHcl, Unknown, type TfValue } from './values';

/** One resource instance of the file (a resource with `count = 2` has two). */
export interface Instance {
  type: string;
  name: string;
  /** `type.name`, or `type.name[i]` for counted resources. */
  address: string;
  body: Record<string, unknown>;
  countIndex?: number;
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
  /** Instances by `type.name` (all instances of a counted resource, in index order). */
  resources: ReadonlyMap<string, Instance[]>;
}

const MAX_DEPTH = 32;
const MAX_DISPLAY = 200;

// Roots that exist in Terraform but whose values come from outside this file.
const OUTSIDE: Record<string, ImportText> = {
  data: itext('tf.reason.data'),
  module: itext('tf.reason.module'),
  each: itext('tf.reason.each'),
  path: itext('tf.reason.path'),
  terraform: itext('tf.reason.terraform'),
  self: itext('tf.reason.self'),
};

/** Evaluates raw values of hcl2json's JSON within a scope. */
export class Evaluator {
  /** Names of the variables the evaluated expressions used (to point out a mistyped `--param`). */
  readonly usedVariables = new Set<string>();

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
   * The value of a raw JSON value (strings are HCL templates).
   * @example evaluator.value('${var.port}') // 1433 when the variable's default is 1433
   */
  value(raw: unknown, countIndex?: number, depth = 0): TfValue {
    this.budget.step();
    if (depth > MAX_DEPTH) return new Unknown(String(raw), itext('tf.reason.circle'));
    if (raw === null || raw === undefined) return null;
    if (typeof raw === 'boolean' || typeof raw === 'number') return raw;
    if (typeof raw === 'string') {
      if (!this.scope.asts.has(raw)) return raw;
      const ast = this.scope.asts.get(raw);
      if (!ast) return new Unknown(raw, itext('tf.reason.unparsed'));
      return this.node(ast, countIndex, depth);
    }
    if (Array.isArray(raw)) return raw.map((x) => this.value(x, countIndex, depth + 1));
    if (typeof raw === 'object') {
      return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, this.value(v, countIndex, depth + 1)]));
    }
    return new Unknown(String(raw), itext('tf.reason.unexpected'));
  }

  private node(n: ExpressionAst, countIndex: number | undefined, depth: number): TfValue {
    this.budget.step();
    this.budget.checkDepth(depth);
    // hcl2json gives parentheses as a node with no type and no meta around the inner expression (found by the fuzzer).
    if (!n.meta) {
      const [inner] = n.children ?? [];
      return inner && n.children.length === 1
        ? this.node(inner, countIndex, depth + 1)
        : new Unknown(n.type || 'expression', itext('tf.reason.notEvaluated', { what: itext('tf.what.other', { type: n.type || '?' }) }));
    }
    const text = n.meta.value ?? n.meta.fullAccessor ?? n.type;
    switch (n.type) {
      case 'templateWrap':
        return n.children[0] ? this.node(n.children[0], countIndex, depth + 1) : '';
      case 'template': {
        const parts = n.children.map((c) => this.node(c, countIndex, depth + 1));
        const unknown = parts.find((p): p is Unknown => p instanceof Unknown);
        const bad = parts.find((p) => p !== null && typeof p === 'object' && !(p instanceof Unknown));
        if (!unknown && !bad) {
          const joined = parts.map((p) => (p === null ? '' : String(p))).join('');
          this.budget.charge(joined);
          return joined;
        }
        const display = parts
          .map((p, i) =>
            p instanceof Unknown
              ? p.display
              : typeof p === 'object' && p !== null
                ? `<${n.children[i]?.meta.value ?? 'reference'}>`
                : String(p ?? ''),
          )
          .join('');
        // A placeholder name built from placeholders would double with each local that uses the last one twice.
        const shown = display.length > MAX_DISPLAY ? `${display.slice(0, MAX_DISPLAY)}…` : display;
        return new Unknown(text, unknown ? unknown.reasonText : itext('tf.reason.idInText'), shown);
      }
      case 'literalValue':
        return literal(n);
      case 'tuple':
        return n.children.map((c) => this.node(c, countIndex, depth + 1));
      case 'scopeTraversal':
        return this.traversal(n, countIndex, depth);
      case 'function':
        return this.call(n, countIndex, depth);
      case 'conditional':
        return this.conditional(n, countIndex, depth);
      case 'binaryOp':
      case 'unaryOp':
        return this.operator(n, countIndex, depth);
      default:
        return new Unknown(text, itext('tf.reason.notEvaluated', { what: describe(n) }));
    }
  }

  /** The arguments' values, or the first one that is not a plain value (unknown, or a resource reference). */
  private operands(n: ExpressionAst, countIndex: number | undefined, depth: number): { values: TfValue[]; blocked?: Unknown } {
    const values = n.children.map((c) => this.node(c, countIndex, depth + 1));
    const unknown = values.find((v): v is Unknown => v instanceof Unknown);
    if (unknown) return { values, blocked: unknown };
    const text = n.meta.value ?? n.type;
    if (!values.every(isPlain)) return { values, blocked: new Unknown(text, itext('tf.reason.idInText')) };
    return { values };
  }

  private call(n: ExpressionAst, countIndex: number | undefined, depth: number): TfValue {
    const text = n.meta.value ?? n.type;
    const name = n.meta.name ?? '';
    if (!knownFunction(name) || n.meta.expandedFinalArgument === true)
      return new Unknown(text, itext('tf.reason.notEvaluated', { what: describe(n) }));
    const { values, blocked } = this.operands(n, countIndex, depth);
    if (blocked) return new Unknown(text, blocked.reasonText);
    return this.attempt(text, () => callFunction(name, values as Parameters<typeof callFunction>[1]));
  }

  private conditional(n: ExpressionAst, countIndex: number | undefined, depth: number): TfValue {
    const [cond, yes, no] = n.children;
    const c = cond ? this.node(cond, countIndex, depth + 1) : null;
    if (c instanceof Unknown) return new Unknown(n.meta.value ?? 'conditional', c.reasonText);
    if (typeof c !== 'boolean')
      return new Unknown(
        n.meta.value ?? 'conditional',
        itext('tf.reason.fnFailed', { detail: `the condition is ${JSON.stringify(c)}, not true or false` }),
      );
    const branch = c ? yes : no;
    return branch ? this.node(branch, countIndex, depth + 1) : null;
  }

  private operator(n: ExpressionAst, countIndex: number | undefined, depth: number): TfValue {
    const text = n.meta.value ?? n.type;
    const { values, blocked } = this.operands(n, countIndex, depth);
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

  private traversal(n: ExpressionAst, countIndex: number | undefined, depth: number): TfValue {
    const parts = n.meta.traversal ?? [];
    const text = n.meta.fullAccessor ?? n.meta.value ?? '';
    const [root, ...rest] = parts.map((p) => p.segment.replace(/^"(.*)"$/, '$1'));
    if (root === undefined) return new Unknown(text, itext('tf.reason.emptyReference'));
    if (root === 'var') {
      const [name, ...path] = rest;
      return index(this.variable(name ?? '', depth), path, text);
    }
    if (root === 'local') {
      const [name, ...path] = rest;
      if (name === undefined || !this.scope.locals.has(name))
        return new Unknown(text, itext('tf.reason.localUndefined', { name: name ?? '' }));
      return index(
        this.memo(`local.${name}|${countIndex}`, () => this.value(this.scope.locals.get(name), countIndex, depth + 1)),
        path,
        text,
      );
    }
    if (root === 'count') {
      if (rest[0] === 'index' && countIndex !== undefined) return countIndex;
      return new Unknown(text, itext('tf.reason.countIndex'));
    }
    if (Object.hasOwn(OUTSIDE, root)) return new Unknown(text, OUTSIDE[root]!);
    return this.resource(root, parts.slice(1), text, depth);
  }

  private variable(name: string, depth: number): TfValue {
    this.usedVariables.add(name);
    const decl = this.scope.variables.get(name);
    const given = Object.hasOwn(this.scope.params, name) ? this.scope.params[name] : undefined;
    if (given !== undefined) return coerce(given, decl);
    if (decl && 'default' in decl) return this.value(decl.default, undefined, depth + 1);
    return new Unknown(`var.${name}`, itext(decl ? 'tf.reason.variableNoDefault' : 'tf.reason.variableUndeclared', { name }));
  }

  private resource(type: string, parts: { type: string; segment: string }[], text: string, depth: number): TfValue {
    const [name, ...after] = parts;
    if (!name) return new Unknown(text, itext('tf.reason.notDefinedType', { type }));
    const instances = this.scope.resources.get(`${type}.${name.segment}`);
    if (!instances) return new Unknown(text, itext('tf.reason.notDefined', { address: `${type}.${name.segment}` }));
    let instance = instances[0];
    let path = after;
    if (after[0]?.type === 'indexTraversal') {
      const key = Number(after[0].segment);
      instance = instances.find((i) => i.countIndex === key);
      path = after.slice(1);
      if (!instance)
        return new Unknown(text, itext('tf.reason.noInstance', { address: `${type}.${name.segment}`, index: after[0].segment }));
    } else if (instances.length > 1 || instances[0]?.countIndex !== undefined) {
      return new Unknown(text, itext('tf.reason.needsIndex', { address: `${type}.${name.segment}` }));
    }
    const attrs = path.map((p) => p.segment.replace(/^"(.*)"$/, '$1'));
    if (attrs[0] === 'id') return new ResourceRef(instance!.address, 'id');
    if (attrs[0] === undefined) return new ResourceRef(instance!.address, '');
    if (!Object.hasOwn(instance!.body, attrs[0]))
      return new Unknown(text, itext('tf.reason.notSet', { attribute: attrs[0], address: instance!.address }));
    // A nested block (frontend_ip_configuration) is a list in hcl2json's JSON, so indexes line up with Terraform's.
    const attr = attrs[0];
    return index(
      this.memo(`${instance!.address}.${attr}`, () => this.value(instance!.body[attr], instance!.countIndex, depth + 1)),
      attrs.slice(1),
      text,
    );
  }
}

function literal(n: ExpressionAst): TfValue {
  const v = n.meta.value ?? '';
  switch (n.meta.type) {
    case 'number':
      return Number(v);
    case 'bool':
      return v === 'true';
    case 'string':
      // The parser gives a string literal's source text, escapes and all.
      return unescapeHcl(v);
    default:
      return v === 'null' ? null : v;
  }
}

function index(v: TfValue, path: string[], text: string): TfValue {
  let cur = v;
  for (const key of path) {
    if (cur instanceof Unknown) return cur;
    if (Array.isArray(cur) && /^\d+$/.test(key) && Number(key) < cur.length) cur = cur[Number(key)]!;
    else if (isObject(cur) && Object.hasOwn(cur, key)) cur = cur[key]!;
    else return new Unknown(text, itext('tf.reason.noElement', { key: JSON.stringify(key) }));
  }
  return cur;
}

function coerce(given: string, decl: Record<string, unknown> | undefined): TfValue {
  const type = typeof decl?.type === 'string' ? decl.type : '';
  const defaultType = typeof decl?.default;
  if ((type.includes('number') || defaultType === 'number') && given.trim() !== '' && !Number.isNaN(Number(given))) return Number(given);
  if ((type.includes('bool') || defaultType === 'boolean') && /^(true|false)$/i.test(given.trim()))
    return given.trim().toLowerCase() === 'true';
  return given;
}

function describe(n: ExpressionAst): ImportText {
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
