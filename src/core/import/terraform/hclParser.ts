// HashiCorp's HCL v2 parser (@cdktn/hcl2json, WebAssembly), loaded on first use by the entry point's loader
// (src/cli/parsers.ts in Node, src/features/interop/parsers.ts in the browser's import worker).
import { startOnce, type ParserLoaders } from '../parsers';

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
    /** for: `[` (a list), `{` (a map) or `%{ for … }` (a template directive). */
    openRangeValue?: string;
    /** for: the key and value variables (`for k, v in …`; keyVar is "" without a key). */
    keyVar?: string;
    valVar?: string;
    /** for: the source of the `if` filter, when there is one (its node follows the value's). */
    conditionalExpression?: string;
    /** for: a map whose values are grouped (`k => v...`). */
    groupedValue?: boolean;
  };
  /** Byte offsets of the node in the parsed text. */
  range?: { start: { byte: number }; end: { byte: number } };
  /** A bare object key (`{ a = 1 }`) has no meta: its source text, which the importer copies from the file. */
  source?: string;
}

/** The two parser calls the importer needs. */
export interface HclParser {
  /** The file as JSON: every block is an array of objects, every expression a `"${…}"` template string. */
  parse(filename: string, text: string): Promise<Record<string, unknown>>;
  /** The syntax tree of one HCL expression (here always a quoted template string). */
  expressionAst(expression: string): Promise<ExpressionAst | null>;
}

const started = new WeakMap<ParserLoaders, Promise<HclParser>>();

/**
 * The HCL parser, started once (by the loader the entry point configured) and shared.
 * @example const json = await (await loadHclParser()).parse('main.tf', text)
 */
export function loadHclParser(): Promise<HclParser> {
  return startOnce(started, (loaders) => loaders.loadHclParser());
}
