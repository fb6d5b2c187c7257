// Builds the package's library (`import { analyze } from 'floatplan'`): dist-lib/floatplan.mjs, one ESM bundle of
// src/cli/library.ts and the core it reaches (rolldown), and dist-lib/floatplan.d.ts, its declarations in one file
// (dts-bundle-generator with tsconfig.lib.json), so the types hold no relative imports that a consumer's
// `moduleResolution` could fail to follow. The package's runtime dependencies stay external: the WebAssembly
// parsers load their .wasm files beside their own code, and valibot is what the Topology type is written in.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDtsBundle } from 'dts-bundle-generator';
import { rolldown } from 'rolldown';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = resolve(ROOT, 'src/cli/library.ts');
export const LIB_DIR = resolve(ROOT, 'dist-lib');
const JS_FILE = resolve(LIB_DIR, 'floatplan.mjs');
const DTS_FILE = resolve(LIB_DIR, 'floatplan.d.ts');

const dependencies = Object.keys(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).dependencies ?? {});

/** True for a node built-in or a runtime dependency of the package: node_modules provides it. */
const isExternal = (id) => id.startsWith('node:') || dependencies.some((p) => id === p || id.startsWith(`${p}/`));

/** Runs `write` on a temporary name and renames it to `file`, so nothing reads a half-written file. */
async function writeAtomically(file, write) {
  const tmp = `${file}.${process.pid}.tmp`;
  await write(tmp);
  renameSync(tmp, file);
}

/** Builds dist-lib/floatplan.mjs and dist-lib/floatplan.d.ts; returns their paths. */
export async function buildLib() {
  mkdirSync(LIB_DIR, { recursive: true });
  const bundle = await rolldown({
    input: ENTRY,
    platform: 'node',
    // jsonc-parser's `main` is a UMD build that requires its parts at run time; its `module` is plain ESM.
    resolve: { mainFields: ['module', 'main'] },
    external: isExternal,
    logLevel: 'warn',
  });
  await writeAtomically(JS_FILE, async (tmp) => {
    await bundle.write({ file: tmp, format: 'esm', codeSplitting: false, sourcemap: false });
  });
  await bundle.close();
  // Checking the bundled declarations again would type-check the whole program a second time; the project's
  // typecheck and the package test (a consumer's tsc against the installed types) cover them.
  const [dts] = generateDtsBundle([{ filePath: ENTRY, output: { noBanner: true } }], {
    preferredConfigPath: resolve(ROOT, 'tsconfig.lib.json'),
  });
  await writeAtomically(DTS_FILE, async (tmp) => writeFileSync(tmp, dts));
  return [JS_FILE, DTS_FILE];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of await buildLib()) console.log(`${relative(ROOT, file)} (${Math.round(statSync(file).size / 1024)} KB)`);
}
