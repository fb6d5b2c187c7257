// Bundles the CLI (src/cli/main.ts and what it imports) into one ESM file that plain node runs, so the
// `floatplan` bin starts without compiling TypeScript (tsx took ~0.75 s of a ~0.85 s start).
// Packages stay external: they load from node_modules as they are, so the WebAssembly parsers
// (@cdktn/hcl2json, web-tree-sitter, tree-sitter-bicep) still find their .wasm files next to them.
// Next to the bundle it writes inputs.json (the source files bundled), so bin/floatplan.mjs can tell
// a stale bundle in a checkout and rebuild it.
import { mkdirSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = resolve(ROOT, 'dist-cli');
export const OUT_FILE = resolve(OUT_DIR, 'floatplan.mjs');
export const INPUTS_FILE = resolve(OUT_DIR, 'inputs.json');

// Packages that load WebAssembly from files beside their own code: left to node's resolution at run time.
const WASM_PACKAGES = ['@cdktn/hcl2json', 'web-tree-sitter', 'tree-sitter-bicep'];

/** True for a node built-in or a WebAssembly package; everything else is bundled (fewer files to load). */
const isExternal = (id) => id.startsWith('node:') || WASM_PACKAGES.some((p) => id === p || id.startsWith(`${p}/`));

// Vite's `?url` assets belong to the browser loaders (the CLI never fetches a URL); Node cannot import
// them, and a single-file bundle hoists a lazily imported module's static imports to the top.
const browserAssets = {
  name: 'floatplan:browser-assets',
  resolveId: (id) => (id.endsWith('?url') ? `\0browser-asset:${id}` : undefined),
  load: (id) => (id.startsWith('\0browser-asset:') ? 'export default "";' : undefined),
};

/** Builds dist-cli/floatplan.mjs and dist-cli/inputs.json; returns the bundle's path. */
export async function buildCli() {
  // The bundle is dated when the build started: a source saved during the build stays newer than it.
  const started = new Date();
  const bundle = await rolldown({
    input: resolve(ROOT, 'src/cli/entry.ts'),
    platform: 'node',
    // jsonc-parser's `main` is a UMD build that requires its parts at run time; its `module` is plain ESM.
    resolve: { mainFields: ['module', 'main'] },
    external: (id) => isExternal(id) && !id.endsWith('?url'),
    plugins: [browserAssets],
    logLevel: 'warn',
  });
  // Written under a temporary name and renamed: parallel test processes may rebuild at once, and
  // none of them may import a half-written file.
  const tmp = `${OUT_FILE}.${process.pid}.tmp`;
  mkdirSync(OUT_DIR, { recursive: true });
  const { output } = await bundle.write({ file: tmp, format: 'esm', codeSplitting: false, sourcemap: false });
  await bundle.close();
  const inputs = output[0].moduleIds
    .filter((id) => !id.startsWith('\0') && id.startsWith(ROOT) && !id.includes('/node_modules/'))
    .map((id) => relative(ROOT, id));
  const inputsTmp = `${INPUTS_FILE}.${process.pid}.tmp`;
  writeFileSync(inputsTmp, `${JSON.stringify(inputs)}\n`);
  renameSync(inputsTmp, INPUTS_FILE);
  utimesSync(tmp, started, started);
  renameSync(tmp, OUT_FILE);
  return OUT_FILE;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = await buildCli();
  console.log(`${relative(ROOT, file)} (${Math.round(statSync(file).size / 1024)} KB)`);
}
