// The names a Bicep file declares, collected before translation so any declaration can refer to any other
// regardless of order (Bicep allows that).
import type { Node } from 'web-tree-sitter';
import { itext, type ImportText } from '../text';
import { BicepMeaningError, kids, nestedResources, objectEntries, plainString } from './syntax';

/** `for` loop of a resource, module or value: `[for (item, index) in source: body]`. */
export interface LoopSpec {
  item?: string;
  index?: string;
  source: Node;
  body: Node;
}

export interface ResourceSymbol {
  kind: 'resource';
  /** Symbolic name; nested resources are `parent::child`. */
  symbol: string;
  type: string;
  apiVersion: string;
  decl: Node;
  /** The object body (inside any `if`/`for`). */
  body: Node;
  existing: boolean;
  loop?: LoopSpec;
  condition?: Node;
  /** Set from `parent:` or from nesting. */
  parent?: ResourceSymbol;
}

export interface ModuleSymbol {
  kind: 'module';
  symbol: string;
  /** The module path as written: `'../main.bicep'`, `'br/public:avm/res/network/load-balancer:0.4.0'`. */
  source: string;
  decl: Node;
  body: Node;
  loop?: LoopSpec;
  condition?: Node;
}

export interface ParamSymbol {
  kind: 'param';
  symbol: string;
  decl: Node;
  decorators: Node[];
  /** The type node (`string`, `int`, `'a' | 'b'`, `string?`, `myType`, `object[]`). */
  typeNode: Node | undefined;
  defaultValue: Node | undefined;
}

export interface VarSymbol {
  kind: 'var';
  symbol: string;
  decl: Node;
  value: Node;
}

export interface OutputSymbol {
  kind: 'output';
  symbol: string;
  decl: Node;
  typeNode: Node | undefined;
  value: Node;
}

export type BicepSymbol = ParamSymbol | VarSymbol | ResourceSymbol | ModuleSymbol;

/** Every declaration of a file, by kind and in source order. */
export interface Declarations {
  symbols: Map<string, BicepSymbol>;
  params: ParamSymbol[];
  vars: VarSymbol[];
  resources: ResourceSymbol[];
  modules: ModuleSymbol[];
  outputs: OutputSymbol[];
  metadata: { name: string; value: Node }[];
  targetScope?: string;
  /** Declarations Floatplan does not translate (user functions, imports, asserts, tests), for a note each. */
  skipped: { what: ImportText; node: Node }[];
}

/** Unwraps `if (c) {…}` and `[for … : …]` around a resource or module body. */
function shapeOf(valueNode: Node): { body: Node; loop?: LoopSpec; condition?: Node } {
  if (valueNode.type === 'if_statement') {
    const [condition, body] = kids(valueNode);
    if (!condition || !body) throw new BicepMeaningError('This if() needs a condition and a body.', valueNode);
    return { body, condition: condition.type === 'parenthesized_expression' ? (kids(condition)[0] ?? condition) : condition };
  }
  if (valueNode.type === 'for_statement') {
    const loop = loopOf(valueNode);
    const inner = shapeOf(loop.body);
    return { ...inner, loop: { ...loop, body: inner.body } };
  }
  return { body: valueNode };
}

/**
 * Reads a `for_statement`: its item and index names, the array it walks and its body.
 * @example loopOf(node of "[for (x, i) in arr: x.id]") // { item: 'x', index: 'i', source: <arr>, body: <x.id> }
 */
export function loopOf(node: Node): LoopSpec {
  const initializer = node.childForFieldName('initializer');
  const body = node.childForFieldName('body');
  let item: string | undefined;
  let index: string | undefined;
  const params = kids(node).find((n) => n.type === 'for_loop_parameters');
  if (params) {
    item = kids(params).find((n) => n.type === 'loop_variable')?.text;
    index = kids(params).find((n) => n.type === 'loop_enumerator')?.text;
  } else item = initializer?.text;
  const source = kids(node).find((n) => n.id !== initializer?.id && n.id !== body?.id && n.type !== 'for_loop_parameters');
  if (!source || !body) throw new BicepMeaningError('This for loop needs "in <array>:" and a body.', node);
  return { item, index, source, body };
}

function splitType(typeText: string, node: Node): { type: string; apiVersion: string } {
  const at = typeText.lastIndexOf('@');
  if (at <= 0) return { type: typeText, apiVersion: '' };
  if (at === typeText.length - 1) throw new BicepMeaningError(`The resource type '${typeText}' has no API version after "@".`, node);
  return { type: typeText.slice(0, at), apiVersion: typeText.slice(at + 1) };
}

function addResource(decl: Node, out: Declarations, parent: ResourceSymbol | undefined): void {
  const parts = kids(decl);
  const [nameNode, typeNode] = parts;
  const valueNode = parts[parts.length - 1];
  if (!nameNode || !typeNode || !valueNode || valueNode === typeNode)
    throw new BicepMeaningError('This resource declaration is incomplete.', decl);
  const typeText = plainString(typeNode);
  if (typeText === undefined)
    throw new BicepMeaningError("A resource type must be a plain string like 'Microsoft.Network/loadBalancers@2024-05-01'.", typeNode);
  let { type, apiVersion } = splitType(typeText, typeNode);
  if (parent && !type.includes('/')) {
    // A nested declaration names only its child type segment; it inherits the parent's API version if none.
    type = `${parent.type}/${type}`;
    apiVersion ||= parent.apiVersion;
  }
  if (!apiVersion)
    throw new BicepMeaningError(`The resource type '${typeText}' needs an API version, e.g. '${typeText}@2024-05-01'.`, typeNode);
  const symbol = parent ? `${parent.symbol}::${nameNode.text}` : nameNode.text;
  const existing = decl.children.some((c) => c?.type === 'existing');
  const resource: ResourceSymbol = { kind: 'resource', symbol, type, apiVersion, decl, existing, parent, ...shapeOf(valueNode) };
  declare(out, resource, nameNode);
  out.resources.push(resource);
  for (const child of nestedResources(resource.body)) addResource(child, out, resource);
}

function declare(out: Declarations, sym: BicepSymbol, nameNode: Node): void {
  if (out.symbols.has(sym.symbol)) throw new BicepMeaningError(`The name '${sym.symbol}' is declared twice; rename one of them.`, nameNode);
  out.symbols.set(sym.symbol, sym);
}

/**
 * Collects the declarations of a parsed file (`infrastructure` root), with each parameter's decorators.
 * @example collectDeclarations(root).params.map((p) => p.symbol) // ['location', 'lbName']
 */
export function collectDeclarations(root: Node): Declarations {
  const out: Declarations = {
    symbols: new Map(),
    params: [],
    vars: [],
    resources: [],
    modules: [],
    outputs: [],
    metadata: [],
    skipped: [],
  };
  let decorators: Node[] = [];
  for (const node of kids(root)) {
    if (node.type === 'decorators') {
      decorators = kids(node);
      continue;
    }
    const parts = kids(node);
    const [nameNode] = parts;
    const last = parts[parts.length - 1];
    switch (node.type) {
      case 'parameter_declaration': {
        if (!nameNode) break;
        const rest = parts.slice(1);
        const typeNode = rest.find(
          (n) =>
            n.type === 'type' ||
            n.type === 'nullable_type' ||
            n.type === 'union_type' ||
            n.type === 'array_type' ||
            n.type === 'parameterized_type',
        );
        const defaultValue = rest.find((n) => n !== typeNode);
        const p: ParamSymbol = { kind: 'param', symbol: nameNode.text, decl: node, decorators, typeNode, defaultValue };
        declare(out, p, nameNode);
        out.params.push(p);
        break;
      }
      case 'variable_declaration': {
        if (!nameNode || !last || last === nameNode) throw new BicepMeaningError('A var needs a value: var name = value.', node);
        const v: VarSymbol = { kind: 'var', symbol: nameNode.text, decl: node, value: last };
        declare(out, v, nameNode);
        out.vars.push(v);
        break;
      }
      case 'resource_declaration':
        addResource(node, out, undefined);
        break;
      case 'module_declaration': {
        const pathNode = parts[1];
        const source = pathNode ? plainString(pathNode) : undefined;
        if (!nameNode || source === undefined || !last)
          throw new BicepMeaningError('A module needs a name, a plain path string and a body.', node);
        const m: ModuleSymbol = { kind: 'module', symbol: nameNode.text, source, decl: node, ...shapeOf(last) };
        declare(out, m, nameNode);
        out.modules.push(m);
        break;
      }
      case 'output_declaration':
        if (nameNode && last && last !== nameNode) {
          const typeNode = parts.slice(1, -1).find((n) => n.type === 'type');
          out.outputs.push({ kind: 'output', symbol: nameNode.text, decl: node, typeNode, value: last });
        }
        break;
      case 'metadata_declaration':
        if (nameNode && last && last !== nameNode) out.metadata.push({ name: nameNode.text, value: last });
        break;
      case 'target_scope_assignment':
        out.targetScope = last ? plainString(last) : undefined;
        break;
      case 'user_defined_function':
        out.skipped.push({ what: itext('bicep.what.function', { name: node.childForFieldName('name')?.text ?? '' }), node });
        break;
      case 'import_statement':
      case 'import_with_statement':
      case 'import_functionality':
      case 'using_statement':
        out.skipped.push({ what: itext('bicep.what.import'), node });
        break;
      case 'assert_statement':
      case 'test_block':
        out.skipped.push({ what: itext(node.type === 'assert_statement' ? 'bicep.what.assert' : 'bicep.what.test'), node });
        break;
      default:
        // type declarations shape values but do not produce any; nothing to translate.
        break;
    }
    decorators = [];
  }
  for (const r of out.resources) linkParent(r, out);
  return out;
}

/** Applies `parent: <symbol>` (the other way to declare a child resource besides nesting). */
function linkParent(r: ResourceSymbol, out: Declarations): void {
  const entry = objectEntries(r.body).find((e) => e.key === 'parent');
  if (!entry) return;
  const target = out.symbols.get(entry.value.text.replace(/\s+/g, ''));
  if (target?.kind !== 'resource')
    throw new BicepMeaningError(`parent: must name a resource declared in this file, not '${entry.value.text}'.`, entry.value);
  r.parent = target;
}
