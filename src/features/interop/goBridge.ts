// Runs the HCL parser's WebAssembly (HashiCorp's hcl v2 via tmccombs/hcl2json, compiled from Go) without
// Node APIs, so the browser can use it. The Go program registers its functions on a global object at start.
import type { ExpressionAst, HclParser } from '../../core/import/terraform/hclParser';

type GoCallback = (err: string | null | undefined, result?: string) => void;
type GoFunction = (...args: [string, string, GoCallback]) => void;
interface GoRuntime {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

// The global name the Go side looks up (fixed by the package's Go code).
const ROOT = '__parse_terraform_config_wasm__';
// 10 ms turns: give up after about 5 s.
const REGISTRATION_TURNS = 500;

/**
 * The wasm bytes, gunzipped when they start with the gzip magic (a server may already have
 * decompressed a `.gz` file it served with `Content-Encoding: gzip`).
 * @example await gunzipIfNeeded(await (await fetch(url)).arrayBuffer())
 */
export async function gunzipIfNeeded(data: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const g = globalThis as Record<string, unknown>;

/**
 * Go's runtime (wasm_exec.js) with the `process` stand-in it installs when there is none (browsers). The stand-in
 * is taken off the global object again at once: other libraries read `globalThis.process` to detect Node
 * (web-tree-sitter fails on one without `versions`), so it is only lent to the Go program while it starts.
 */
let runtime: Promise<{ Go: new () => GoRuntime; process: unknown }> | undefined;
function goRuntime() {
  runtime ??= (async () => {
    const hadProcess = g.process !== undefined;
    await import('@cdktn/hcl2json/wasm/wasm_exec.js');
    const standIn = hadProcess ? undefined : g.process;
    if (!hadProcess) delete g.process;
    const Go = g.Go as (new () => GoRuntime) | undefined;
    if (!Go) throw new Error('The Go WebAssembly runtime (wasm_exec.js) did not load.');
    return { Go, process: standIn };
  })();
  return runtime;
}

/** Puts `value` on the global object as `name` if nothing is there; returns how to take it back. */
function lend(name: string, value: unknown): () => void {
  if (g[name] !== undefined || value === undefined) return () => {};
  g[name] = value;
  return () => {
    delete g[name];
  };
}

/**
 * Starts the Go parser from its wasm bytes and returns the parser.
 * @example const hcl = await startGoBridge(bytes); await hcl.parse('main.tf', text)
 */
export async function startGoBridge(wasm: Uint8Array): Promise<HclParser> {
  const { Go, process } = await goRuntime();
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(wasm as BufferSource, go.importObject);
  const root: Record<string, GoFunction> = {};
  g[ROOT] = root;
  // The Go side reads `process` and looks its object up as `global.__parse_terraform_config_wasm__` (Node's name
  // for the global object) while it starts; browsers have neither, so both are lent until it has registered.
  const giveBack = [lend('global', globalThis), lend('process', process)];
  try {
    // The program registers its functions, then waits for calls; it never exits. In Node the registration
    // happens within run(); browsers may need a few event-loop turns, so wait for it (bounded).
    void go.run(instance);
    for (let turn = 0; typeof root.parse !== 'function' || typeof root.getExpressionAst !== 'function'; turn++) {
      if (turn > REGISTRATION_TURNS) throw new Error('The HCL parser started but did not register its functions.');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    giveBack.forEach((f) => f());
  }
  const call = (fn: GoFunction, a: string, b: string) =>
    new Promise<string>((resolve, reject) => fn(a, b, (err, result) => (err ? reject(new Error(err)) : resolve(result ?? 'null'))));
  return {
    parse: async (filename, text) => JSON.parse(await call(root.parse!, filename, text)) as Record<string, unknown>,
    expressionAst: async (expression) =>
      JSON.parse(await call(root.getExpressionAst!, 'expression.tf', expression)) as ExpressionAst | null,
  };
}
