// Node's parser loaders (CLI and tests): the WebAssembly files are read from node_modules, found the way `require`
// finds a package, so they resolve the same from src/ (tsx, Vitest) and from the bundled dist-cli/floatplan.mjs.
import { createRequire } from 'node:module';
import type { ParserLoaders } from '../core/import/parsers';
import type { ExpressionAst } from '../core/import/terraform/hclParser';

const require = createRequire(import.meta.url);

/** The Node entry of @cdktn/hcl2json (it gunzips and starts its own wasm). */
interface Hcl2Json {
  parse(filename: string, text: string): Promise<Record<string, unknown>>;
  getExpressionAst(filename: string, expression: string): Promise<ExpressionAst | null>;
}

/** Loads the parsers from node_modules (configureParsers in src/cli/main.ts and the Vitest setup). */
export const nodeParsers: ParserLoaders = {
  async loadHclParser() {
    const pkg = require('@cdktn/hcl2json') as Hcl2Json;
    return {
      parse: (file, text) => pkg.parse(file, text),
      expressionAst: (expression) => pkg.getExpressionAst('expression.tf', expression),
    };
  },
  async loadBicepGrammar() {
    return { grammar: require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm') };
  },
};
