// The browser's parser loaders for the import worker: Vite emits the WebAssembly files as assets and gives their
// URLs; the HCL parser's Go program runs through goBridge, which lends it the Node globals it expects.
import hclWasmUrl from '@cdktn/hcl2json/main.wasm.gz?url';
import bicepGrammarUrl from 'tree-sitter-bicep/tree-sitter-bicep.wasm?url';
import treeSitterUrl from 'web-tree-sitter/web-tree-sitter.wasm?url';
import type { ParserLoaders } from '../../core/import/parsers';

/** Fetches the parsers' WebAssembly from the app's own assets (configureParsers in import.worker.ts). */
export const browserParsers: ParserLoaders = {
  async loadHclParser() {
    const [{ gunzipIfNeeded, startGoBridge }, response] = await Promise.all([import('./goBridge'), fetch(hclWasmUrl)]);
    if (!response.ok)
      throw new Error(
        `The Terraform parser could not be downloaded (${response.status} for ${hclWasmUrl}). Reload the page and try again.`,
      );
    return startGoBridge(await gunzipIfNeeded(await response.arrayBuffer()));
  },
  async loadBicepGrammar() {
    return { grammar: bicepGrammarUrl, runtime: treeSitterUrl };
  },
};
