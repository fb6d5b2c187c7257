// Browser loader for the HCL parser: Vite emits the package's gzipped wasm as an asset and gives its URL.
import wasmUrl from '@cdktn/hcl2json/main.wasm.gz?url';
import { gunzipIfNeeded, startGoBridge } from './goBridge';
import type { HclParser } from './hclParser';

/** Fetches, unpacks and starts the HCL parser in the browser. */
export async function loadBrowserHclParser(): Promise<HclParser> {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`The Terraform parser could not be downloaded (${response.status} for ${wasmUrl}). Reload the page and try again.`);
  return startGoBridge(await gunzipIfNeeded(await response.arrayBuffer()));
}
