// The browser's way of running the parser (goBridge), checked in Node against the package's own API.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipIfNeeded, startGoBridge } from './goBridge';
import { loadHclParser } from '../../core/import/terraform/hclParser';

// The first import in a worker starts the wasm parser (seconds on a busy 2-core machine).
const TIMEOUT = 60_000;

const wasmGz = readFileSync(createRequire(import.meta.url).resolve('@cdktn/hcl2json/main.wasm.gz'));
const TEXT = 'resource "azurerm_lb_rule" "r" {\n  name = "r-${var.x}"\n  frontend_port = 1433\n}\n';

describe('goBridge (the browser loader)', { timeout: TIMEOUT }, () => {
  it('gunzips gzip data and passes other data through', async () => {
    const plain = new TextEncoder().encode('\0asm not gzip');
    expect(await gunzipIfNeeded(plain)).toBe(plain);
    expect(new TextDecoder().decode(await gunzipIfNeeded(gzipSync(Buffer.from('hello'))))).toBe('hello');
  });

  it('parses like the Node entry of the package, and reports HCL errors with line numbers', async () => {
    const bridge = await startGoBridge(await gunzipIfNeeded(wasmGz));
    const node = await loadHclParser();
    expect(await bridge.parse('main.tf', TEXT)).toEqual(await node.parse('main.tf', TEXT));
    expect(await bridge.parse('main.tf', TEXT)).toEqual({
      resource: { azurerm_lb_rule: { r: [{ name: 'r-${var.x}', frontend_port: 1433 }] } },
    });
    expect(await bridge.expressionAst('"${var.x}"')).toEqual(await node.expressionAst('"${var.x}"'));
    await expect(bridge.parse('main.tf', 'resource "a" "b" {\n')).rejects.toThrow(/main\.tf:1,18/);
  });
});
