// Bicep expressions → ARM template language, written the way the Bicep compiler writes them
// (`'${x}-lb'` → `format('{0}-lb', parameters('x'))`, `lb.id` → `resourceId(…)`, `lb.properties.x` →
// `reference(resourceId(…), '<api>').x`), so the ARM importer evaluates and maps Bicep exactly as ARM.
import type { Node } from 'web-tree-sitter';
import { Budget, BudgetExceeded } from '../budget';
import { armString, at, child, literalString, NO_ENV, setOwn, type At, type Env, type Json } from './armText';
import { type PathMap } from './pathMap';
import { fixPrecedence } from './precedence';
import type { Declarations, LoopSpec } from './symbols';
import { loopOf } from './symbols';
import { References } from './references';
import { arrayItems, BicepMeaningError, fieldOf, kids, type ArrayItem, objectEntries, onlyChild, plainString, stringParts } from './syntax';

const BINARY: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
  '%': 'mod',
  '==': 'equals',
  '<': 'less',
  '<=': 'lessOrEquals',
  '>': 'greater',
  '>=': 'greaterOrEquals',
  '&&': 'and',
  '||': 'or',
  '??': 'coalesce',
};

const UNROLL_LIMIT = 1000;

/** Translates expressions of one file; records where each JSON value came from in `paths`. */
export class Translator {
  constructor(
    readonly decls: Declarations,
    readonly paths: PathMap,
    /** The whole file, for the text of regrouped nodes (precedence.ts). */
    readonly source: string,
    /** The import's work budget: unrolled loops translate their body once per item. */
    readonly budget: Budget = new Budget(),
  ) {}

  /** Resource and module references (`lb.id`, `nics[0]`, `mod.outputs.x`). */
  readonly refs: References = new References(this);

  /** The ARM expression text (without brackets) for a Bicep expression. */
  expr(parsed: Node, env: Env): string {
    const text = this.exprText(parsed, env);
    // Unrolled loops nest their items' text: charge what is built (the long texts; short ones cost nothing).
    if (text.length > 256) this.budget.charge(text, `line ${parsed.startPosition.row + 1}`);
    return text;
  }

  private steps = 0;

  /** Counts one node translated; unrolled loops translate their body once per item, loops of loops multiply. */
  private tick(node: Node): void {
    const limit = this.budget.limits.translationSteps;
    if (++this.steps > limit) throw new BudgetExceeded('steps', limit, `line ${node.startPosition.row + 1}`);
  }

  private exprText(parsed: Node, env: Env): string {
    this.tick(parsed);
    const node = fixPrecedence(parsed, this.source);
    switch (node.type) {
      case 'string':
        return this.stringExpr(node, env);
      case 'number':
        return node.text;
      case 'boolean':
        return `${node.text}()`;
      case 'null':
        return 'null()';
      case 'identifier':
        return this.identifier(node, env);
      case 'parenthesized_expression':
      case 'nullable_type':
        // `(x)` and the non-null assertion `x!` change nothing at deployment.
        return this.expr(onlyChild(node), env);
      case 'array':
        return `createArray(${arrayItems(node)
          .map((item) => this.itemExpr(item, env))
          .join(', ')})`;
      case 'object':
        return `createObject(${objectEntries(node)
          .flatMap((e) => [armString(e.key), this.expr(e.value, env)])
          .join(', ')})`;
      case 'unary_expression':
        return this.unary(node, env);
      case 'binary_expression':
        return this.binary(node, env);
      case 'ternary_expression': {
        const [c, a, b] = ['condition', 'consequence', 'alternative'].map((f) => this.expr(fieldOf(node, f), env));
        return `if(${c}, ${a}, ${b})`;
      }
      case 'call_expression':
        return this.call(node, env);
      case 'member_expression':
        return this.member(node, env);
      case 'subscript_expression':
        return this.subscript(node, env);
      case 'resource_expression':
        return this.refs.resourceValue(this.refs.resourceRef(node, env) ?? this.fail(node));
      case 'for_statement':
        return this.forExpr(node, env);
      case 'lambda_expression':
        return this.lambda(node, env);
      default:
        throw new BicepMeaningError(`Floatplan cannot read this ${node.type.replace(/_/g, ' ')} ("${node.text.slice(0, 40)}").`, node);
    }
  }

  /** The JSON value for a Bicep expression at a template position: literals stay literal, the rest becomes "[…]". */
  json(node: Node, env: Env, where: At): Json {
    this.tick(node);
    this.paths.record(where, node);
    switch (node.type) {
      case 'string': {
        const plain = plainString(node);
        return plain === undefined ? this.armExpression(node, env) : literalString(plain);
      }
      case 'number':
        return Number(node.text);
      case 'boolean':
        return node.text === 'true';
      case 'null':
        return null;
      case 'parenthesized_expression':
      case 'nullable_type':
        return this.json(onlyChild(node), env, where);
      case 'array':
        return arrayItems(node).map((item, i) => {
          if (!item.callArg) return this.json(item.node, env, at(where, i));
          this.paths.record(at(where, i), item.node);
          return this.constantOr(this.itemExpr(item, env), `${item.node.text}${item.callArg.text}`);
        });
      case 'object': {
        const out: { [k: string]: Json } = {};
        for (const e of objectEntries(node)) setOwn(out, e.key, this.json(e.value, env, at(where, e.key)));
        return out;
      }
      case 'for_statement':
        return this.forJson(node, env, where);
      case 'identifier': {
        const bound = env.get(node.text);
        if (bound && 'node' in bound) return this.json(bound.node, bound.env, where);
        return this.armExpression(node, env);
      }
      default:
        return this.armExpression(node, env);
    }
  }

  /** "[…]" for a node, remembering its Bicep text so messages can quote the Bicep. */
  private armExpression(node: Node, env: Env): Json {
    return this.constantOr(this.expr(node, env), node.text);
  }

  /** An array element's ARM text: a call the grammar split (`arrayItems`) is joined again. */
  private itemExpr(item: ArrayItem, env: Env): string {
    if (!item.callArg) return this.expr(item.node, env);
    return this.callText(item.node.text, [onlyChild(item.callArg)], env);
  }

  /** ARM text that is a constant stays a plain value; else "[…]", remembering the Bicep text it came from. */
  private constantOr(expr: string, bicepText: string): Json {
    // What comes out as a constant (a child resource's literal name, an unrolled item) stays a plain value.
    if (/^'(?:[^']|'')*'$/.test(expr)) return literalString(expr.slice(1, -1).replace(/''/g, "'"));
    if (/^-?\d+$/.test(expr)) return Number(expr);
    if (expr === 'true()' || expr === 'false()') return expr === 'true()';
    if (expr === 'null()') return null;
    const text = `[${expr}]`;
    this.paths.expression(text, bicepText.replace(/\s+/g, ' '));
    return text;
  }

  private fail(node: Node): never {
    throw new BicepMeaningError(`'${node.text}' does not name a resource declared in this file.`, node);
  }

  private stringExpr(node: Node, env: Env): string {
    const parts = stringParts(node);
    if (parts.every((p) => 'text' in p)) return armString(parts.map((p) => ('text' in p ? p.text : '')).join(''));
    // A string that is only `${x}` is x itself (the compiler writes it so too).
    const [first] = parts;
    if (parts.length === 1 && first && 'expr' in first) return this.expr(first.expr, env);
    let pattern = '';
    const args: string[] = [];
    for (const p of parts) {
      if ('text' in p) pattern += p.text.replace(/[{}]/g, (b) => b + b);
      else {
        pattern += `{${args.length}}`;
        args.push(this.expr(p.expr, env));
      }
    }
    return `format(${[armString(pattern), ...args].join(', ')})`;
  }

  private identifier(node: Node, env: Env): string {
    const name = node.text;
    const bound = env.get(name);
    if (bound) return 'arm' in bound ? bound.arm : this.expr(bound.node, bound.env);
    const sym = this.decls.symbols.get(name);
    if (!sym)
      throw new BicepMeaningError(
        `The name '${name}' is not declared in this file; declare it (param, var, resource) or fix the spelling.`,
        node,
      );
    switch (sym.kind) {
      case 'param':
        return `parameters(${armString(name)})`;
      case 'var':
        return `variables(${armString(name)})`;
      case 'resource':
        return this.refs.resourceValue({ sym, env: this.refs.loopEnvFor(sym, undefined, node) });
      case 'module':
        return this.refs.moduleReference({ mod: sym, env: this.refs.moduleLoopEnv(sym, undefined, node) });
    }
  }

  private unary(node: Node, env: Env): string {
    const operand = fieldOf(node, 'argument');
    const op = node.childForFieldName('operator')?.text;
    if (op === '!') return `not(${this.expr(operand, env)})`;
    if (op === '-') return operand.type === 'number' ? `-${operand.text}` : `sub(0, ${this.expr(operand, env)})`;
    return this.expr(operand, env);
  }

  private binary(node: Node, env: Env): string {
    const left = this.expr(fieldOf(node, 'left'), env);
    const right = this.expr(fieldOf(node, 'right'), env);
    const op = node.childForFieldName('operator')?.text ?? '';
    if (op === '!=') return `not(equals(${left}, ${right}))`;
    if (op === '=~') return `equals(toLower(${left}), toLower(${right}))`;
    if (op === '!~') return `not(equals(toLower(${left}), toLower(${right})))`;
    const fn = BINARY[op];
    if (!fn) throw new BicepMeaningError(`Floatplan does not know the operator "${op}".`, node);
    return `${fn}(${left}, ${right})`;
  }

  private call(node: Node, env: Env): string {
    const fnNode = fieldOf(node, 'function');
    let name = fnNode.text;
    if (fnNode.type === 'member_expression') {
      // `az.resourceId(…)` and `sys.concat(…)` are the same functions with their namespace written out.
      const ns = fnNode.childForFieldName('object')?.text;
      const prop = fnNode.childForFieldName('property')?.text ?? '';
      if (ns !== 'az' && ns !== 'sys') return `${this.expr(fieldOf(fnNode, 'object'), env)}.${prop}()`;
      name = prop;
    }
    const argsNode = node.childForFieldName('arguments');
    return this.callText(name, argsNode ? kids(argsNode) : [], env);
  }

  /**
   * A call of a Bicep system function. Bicep's functions are ARM's of the same name (the compiler writes them as they
   * are), except `any(x)`, which only silences the type checker: the compiler writes x.
   */
  private callText(name: string, argNodes: Node[], env: Env): string {
    const [only] = argNodes;
    if (name.toLowerCase() === 'any' && argNodes.length === 1 && only) return this.expr(only, env);
    return `${name}(${argNodes.map((a) => this.expr(a, env)).join(', ')})`;
  }

  private member(node: Node, env: Env): string {
    const objectNode = fieldOf(node, 'object');
    const prop = fieldOf(node, 'property').text;
    const safe = node.children.some((c) => c?.type === '.?');
    const ref = this.refs.resourceRef(objectNode, env);
    if (ref) return this.refs.resourceMember(ref, prop);
    const mod = this.refs.moduleRef(objectNode, env);
    if (mod) {
      if (prop === 'name') return this.expr(this.refs.moduleName(mod.mod), mod.env);
      return `${this.refs.moduleReference(mod)}.${prop}`;
    }
    // `module.outputs.x` is the output's `value` in ARM.
    const outputsOf =
      objectNode.type === 'member_expression' &&
      fieldOf(objectNode, 'property').text === 'outputs' &&
      this.refs.moduleRef(fieldOf(objectNode, 'object'), env);
    const suffix = outputsOf ? '.value' : '';
    // An unrolled loop item bound to an object literal: read the property straight from the literal.
    if (objectNode.type === 'identifier') {
      const bound = env.get(objectNode.text);
      if (bound && 'node' in bound && bound.node.type === 'object') {
        const entry = objectEntries(bound.node).find((e) => e.key === prop);
        if (entry) return this.expr(entry.value, bound.env);
      }
    }
    const object = this.expr(objectNode, env);
    // Bicep's `a.?b` is null when b (or a) is absent: the compiler writes tryGet.
    if (safe) return `tryGet(${object}, ${armString(prop)})`;
    return `${object}.${prop}${suffix}`;
  }

  private subscript(node: Node, env: Env): string {
    const ref = this.refs.resourceRef(node, env);
    if (ref) return this.refs.resourceValue(ref);
    const objectNode = fieldOf(node, 'object');
    const object = this.expr(objectNode, env);
    const index = this.expr(fieldOf(node, 'index'), env);
    if (node.children.some((c) => c?.type === '?')) return `tryGet(${object}, ${index})`;
    return `${object}[${index}]`;
  }

  private forExpr(node: Node, env: Env): string {
    const loop = loopOf(node);
    const items = this.unrollable(loop, env);
    if (items) return `createArray(${items.map((b) => this.expr(loop.body, b)).join(', ')})`;
    // ARM's map() passes (item, index) to its lambda, which is what a Bicep for expression walks.
    const item = loop.item ?? '__item';
    const names = loop.index ? [item, loop.index] : [item];
    const inner = new Map(env);
    for (const n of names) inner.set(n, { arm: `lambdaVariables(${armString(n)})` });
    return `map(${this.expr(loop.source, env)}, lambda(${[...names.map(armString), this.expr(loop.body, inner)].join(', ')}))`;
  }

  private lambda(node: Node, env: Env): string {
    const [params, ...rest] = kids(node);
    const body = rest[rest.length - 1] ?? params;
    if (!params || !body) throw new BicepMeaningError('This lambda has no body.', node);
    const names = (params.type === 'identifier' ? [params] : kids(params)).map((n) => n.text);
    const inner = new Map(env);
    for (const n of names) inner.set(n, { arm: `lambdaVariables(${armString(n)})` });
    return `lambda(${[...names.map(armString), this.expr(body, inner)].join(', ')})`;
  }

  /** A loop in a JSON position: unrolled when its array is known now, else `[map(…)]` over the array. */
  private forJson(node: Node, env: Env, where: At): Json {
    const loop = loopOf(node);
    const items = this.unrollable(loop, env);
    if (items) return items.map((b, i) => this.json(loop.body, b, { arm: child(where.arm, i), bicep: where.bicep }));
    return this.armExpression(node, env);
  }

  /** Binds a loop's item and index names. */
  bindLoop(loop: LoopSpec, env: Env, item: string, index: string): Env {
    const inner = new Map(env);
    if (loop.item) inner.set(loop.item, { arm: item });
    if (loop.index) inner.set(loop.index, { arm: index });
    return inner;
  }

  /** One environment per iteration when the loop walks a literal array (also through a var) or `range(a, n)`. */
  unrollable(loop: LoopSpec, env: Env): Env[] | undefined {
    const source = this.literalNode(loop.source, env);
    if (source?.node.type === 'array') {
      const elements = arrayItems(source.node);
      if (elements.length > UNROLL_LIMIT) return undefined;
      return elements.map((el, i) => {
        const inner = new Map(env);
        if (loop.item) inner.set(loop.item, el.callArg ? { arm: this.itemExpr(el, source.env) } : { node: el.node, env: source.env });
        if (loop.index) inner.set(loop.index, { arm: String(i) });
        return inner;
      });
    }
    if (source?.node.type === 'call_expression' && fieldOf(source.node, 'function').text === 'range') {
      const args = kids(source.node.childForFieldName('arguments') ?? source.node);
      const [start, count] = args.map((a) => (a.type === 'number' ? Number(a.text) : Number.NaN));
      if (args.length !== 2 || !Number.isInteger(start) || !Number.isInteger(count) || (count ?? 0) > UNROLL_LIMIT) return undefined;
      return Array.from({ length: count ?? 0 }, (_, i) => this.bindLoop(loop, env, String((start ?? 0) + i), String(i)));
    }
    return undefined;
  }

  /** Follows identifiers to the literal they stand for (a var's value, an unrolled item). */
  literalNode(node: Node, env: Env): { node: Node; env: Env } | undefined {
    if (node.type === 'parenthesized_expression') return this.literalNode(onlyChild(node), env);
    if (node.type !== 'identifier') return { node, env };
    const bound = env.get(node.text);
    if (bound) return 'node' in bound ? this.literalNode(bound.node, bound.env) : undefined;
    const sym = this.decls.symbols.get(node.text);
    return sym?.kind === 'var' ? this.literalNode(sym.value, NO_ENV) : undefined;
  }
}
