// HashiCorp's HCL v2 parser, loaded on first use: in Node (CLI, tests) through @cdktn/hcl2json's own
// API, in the browser through a small Go bridge (hclWasmBrowser.ts) so the ~1.9 MB wasm stays out of
// the initial bundle and needs no Node shims.

/** A node of an HCL expression's syntax tree, as hcl2json's getExpressionAst returns it. */
export interface ExpressionAst {
  type: string;
  children: ExpressionAst[];
  meta: {
    value?: string;
    type?: string;
    name?: string;
    fullAccessor?: string;
    traversal?: { type: 'nameTraversal' | 'indexTraversal'; segment: string }[];
    /** binaryOp / unaryOp: `add`, `equal`, `logicalNot`, `negate`, … */
    operator?: string;
    /** function: the last argument is spread with `...`. */
    expandedFinalArgument?: boolean;
  };
}

/** The two parser calls the importer needs. */
export interface HclParser {
  /** The file as JSON: every block is an array of objects, every expression a `"${…}"` template string. */
  parse(filename: string, text: string): Promise<Record<string, unknown>>;
  /** The syntax tree of one HCL expression (here always a quoted template string). */
  expressionAst(expression: string): Promise<ExpressionAst | null>;
}

interface NodePackage {
  parse(filename: string, text: string): Promise<Record<string, unknown>>;
  getExpressionAst(filename: string, expression: string): Promise<ExpressionAst | null>;
}

// A variable, not a literal, so Vite does not pull the Node-only entry (fs-extra, zlib) into the browser bundle.
const NODE_PACKAGE = '@cdktn/hcl2json';

const isNode = () => typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string';

async function loadNodeParser(): Promise<HclParser> {
  const mod = (await import(/* @vite-ignore */ NODE_PACKAGE)) as NodePackage & { default?: NodePackage };
  const pkg = typeof mod.parse === 'function' ? mod : mod.default!;
  return { parse: (f, t) => pkg.parse(f, t), expressionAst: (e) => pkg.getExpressionAst('expression.tf', e) };
}

let loading: Promise<HclParser> | undefined;

/**
 * The HCL parser, started once and shared.
 * @example const json = await (await loadHclParser()).parse('main.tf', text)
 */
export function loadHclParser(): Promise<HclParser> {
  loading ??= (isNode() ? loadNodeParser() : import('./hclWasmBrowser').then((m) => m.loadBrowserHclParser())).catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
