// What a Bicep reference to a resource or module means in ARM (`lb.id` → `resourceId(…)`, `lb.properties.x` →
// `reference(resourceId(…), '<api>').x`, `mod.outputs.x` → the deployment's output), as the Bicep compiler writes it.
import type { Node } from 'web-tree-sitter';
import { armString, NO_ENV, type Env } from './armText';
import type { ModuleSymbol, ResourceSymbol } from './symbols';
import { BicepMeaningError, fieldOf, objectEntries, onlyChild } from './syntax';
import type { Translator } from './translate';

const DEPLOYMENTS_API = '2022-09-01';

/** Resolves resource and module references for one Translator (it translates the names and indexes inside them). */
export class References {
  constructor(private readonly t: Translator) {}

  /** The resource a node refers to (`lb`, `nics[0]`, `vnet::subnet`), with its loop variables bound, if it is one. */
  resourceRef(node: Node, env: Env): { sym: ResourceSymbol; env: Env } | undefined {
    if (node.type === 'identifier') {
      if (env.has(node.text)) return undefined;
      const sym = this.t.decls.symbols.get(node.text);
      return sym?.kind === 'resource' ? { sym, env: this.loopEnvFor(sym, undefined, node) } : undefined;
    }
    if (node.type === 'resource_expression') {
      const parent = this.resourceRef(fieldOf(node, 'object'), env);
      const name = fieldOf(node, 'resource').text;
      const sym = parent && this.t.decls.symbols.get(`${parent.sym.symbol}::${name}`);
      return parent && sym?.kind === 'resource' ? { sym, env: parent.env } : undefined;
    }
    if (node.type === 'subscript_expression') {
      const objectNode = fieldOf(node, 'object');
      const sym = objectNode.type === 'identifier' && !env.has(objectNode.text) ? this.t.decls.symbols.get(objectNode.text) : undefined;
      if (sym?.kind !== 'resource' || !sym.loop) return undefined;
      return { sym, env: this.loopEnvFor(sym, this.t.expr(fieldOf(node, 'index'), env), node) };
    }
    return undefined;
  }

  /** The module a node refers to (`net`, `pips[i]`, `pips[i]!`), with its loop variables bound. */
  moduleRef(node: Node, env: Env): { mod: ModuleSymbol; env: Env } | undefined {
    if (node.type === 'nullable_type' || node.type === 'parenthesized_expression') return this.moduleRef(onlyChild(node), env);
    const target = node.type === 'subscript_expression' ? fieldOf(node, 'object') : node;
    if (target.type !== 'identifier' || env.has(target.text)) return undefined;
    const sym = this.t.decls.symbols.get(target.text);
    if (sym?.kind !== 'module') return undefined;
    const index = node.type === 'subscript_expression' ? this.t.expr(fieldOf(node, 'index'), env) : undefined;
    return { mod: sym, env: this.moduleLoopEnv(sym, index, node) };
  }

  /** The loop variables of one item of a module loop (`pips[i]`). */
  moduleLoopEnv(mod: ModuleSymbol, index: string | undefined, node: Node): Env {
    if (!mod.loop) return NO_ENV;
    if (index === undefined) throw new BicepMeaningError(`'${mod.symbol}' is a module loop; pick one with ${mod.symbol}[i].`, node);
    return this.t.bindLoop(mod.loop, NO_ENV, `${this.t.expr(mod.loop.source, NO_ENV)}[${index}]`, index);
  }

  /** The loop variables of one item of a resource loop (`nics[i]`). */
  loopEnvFor(sym: ResourceSymbol, index: string | undefined, node: Node): Env {
    if (!sym.loop) return NO_ENV;
    if (index === undefined) throw new BicepMeaningError(`'${sym.symbol}' is a resource loop; pick one with ${sym.symbol}[i].`, node);
    return this.t.bindLoop(sym.loop, NO_ENV, `${this.t.expr(sym.loop.source, NO_ENV)}[${index}]`, index);
  }

  /** The `name` node of a resource or module body. */
  nameNode(body: Node, what: string): Node {
    const entry = objectEntries(body).find((e) => e.key === 'name');
    if (!entry) throw new BicepMeaningError(`${what} has no name.`, body);
    return entry.value;
  }

  /** The `name` node of a module body. */
  moduleName(mod: ModuleSymbol): Node {
    return this.nameNode(mod.body, `The module '${mod.symbol}'`);
  }

  /** `reference(resourceId('Microsoft.Resources/deployments', name), api)`: the module's deployment. */
  moduleReference(ref: { mod: ModuleSymbol; env: Env }): string {
    return `reference(resourceId('Microsoft.Resources/deployments', ${this.t.expr(this.moduleName(ref.mod), ref.env)}), ${armString(DEPLOYMENTS_API)})`;
  }

  /** Name segments from the top parent down: `[vnetName, subnetName]`. */
  nameSegments(sym: ResourceSymbol, env: Env): string[] {
    const own = this.t.expr(this.nameNode(sym.body, `The resource '${sym.symbol}'`), env);
    return sym.parent ? [...this.nameSegments(sym.parent, NO_ENV), own] : [own];
  }

  /** `resourceId('<type>', <segments>)` of a resource. */
  resourceId(sym: ResourceSymbol, env: Env): string {
    return `resourceId(${[armString(sym.type), ...this.nameSegments(sym, env)].join(', ')})`;
  }

  /** `lb.id`, `lb.name`, `lb.properties` …: what the compiler writes for a member of a resource. */
  resourceMember(ref: { sym: ResourceSymbol; env: Env }, prop: string): string {
    const { sym } = ref;
    switch (prop) {
      case 'id':
        return this.resourceId(sym, ref.env);
      case 'name':
        return this.t.expr(this.nameNode(sym.body, `The resource '${sym.symbol}'`), ref.env);
      case 'type':
        return armString(sym.type);
      case 'apiVersion':
        return armString(sym.apiVersion);
      case 'properties':
        return `reference(${this.resourceId(sym, ref.env)}, ${armString(sym.apiVersion)})`;
      default:
        return `${this.resourceValue(ref)}.${prop}`;
    }
  }

  /** The whole resource (`reference(id, api, 'full')`), for `lb.location`, `lb.sku` or the bare symbol. */
  resourceValue(ref: { sym: ResourceSymbol; env: Env }): string {
    return `reference(${this.resourceId(ref.sym, ref.env)}, ${armString(ref.sym.apiVersion)}, 'full')`;
  }
}
