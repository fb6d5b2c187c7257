// The Terraform and Bicep importers parse with WebAssembly, and how that is fetched differs by platform (a file in
// node_modules for the CLI and tests, an asset URL in the browser's import worker). The core does not guess: each
// entry point hands it loaders once, as xyflow's XYDrag takes `getStoreItems`, and the core runs unchanged anywhere.
import type { HclParser } from './terraform/hclParser';

/** Where tree-sitter finds its WebAssembly: the Bicep grammar, and (browsers) the runtime's own `.wasm`. */
export interface BicepWasm {
  /** A file path (Node), a URL (browser) or the bytes of tree-sitter-bicep.wasm. */
  grammar: string | Uint8Array;
  /** The URL of web-tree-sitter.wasm when the runtime cannot find it next to itself (a bundled app). */
  runtime?: string;
}

/** What an entry point (CLI, import worker, test setup) gives the core to start the parsers. */
export interface ParserLoaders {
  /** Starts HashiCorp's HCL parser (Terraform). Called once; a rejection is retried on the next import. */
  loadHclParser(): Promise<HclParser>;
  /** Locates the Bicep grammar for tree-sitter. Called once; a rejection is retried on the next import. */
  loadBicepGrammar(): Promise<BicepWasm>;
}

let configured: ParserLoaders | undefined;

/**
 * Sets the loaders the importers use; each entry point calls it before importing Terraform or Bicep.
 * @example configureParsers(nodeParsers) // src/cli/main.ts
 */
export function configureParsers(loaders: ParserLoaders): void {
  configured = loaders;
}

/**
 * Starts a parser once per set of loaders and shares it; a failed start is forgotten so the next call retries.
 * @example const hcl = startOnce(cache, (l) => l.loadHclParser())
 */
export function startOnce<T>(cache: WeakMap<ParserLoaders, Promise<T>>, start: (loaders: ParserLoaders) => Promise<T>): Promise<T> {
  if (!configured)
    return Promise.reject(
      new Error('No parser loaders: the entry point must call configureParsers() before importing Terraform or Bicep.'),
    );
  const loaders = configured;
  let started = cache.get(loaders);
  if (!started) {
    started = start(loaders).catch((e: unknown) => {
      cache.delete(loaders);
      throw e;
    });
    cache.set(loaders, started);
  }
  return started;
}
