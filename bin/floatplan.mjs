#!/usr/bin/env node
// Runs the bundled CLI (dist-cli/floatplan.mjs, plain JavaScript: no TypeScript compiler at start-up).
// In a checkout the bundle is (re)built first when it is missing or older than a source file it holds,
// so editing src/ and running the bin just works; `npm run build:cli` builds it ahead of time.
import { readFileSync, statSync } from 'node:fs';

const bundle = new URL('../dist-cli/floatplan.mjs', import.meta.url);
const inputs = new URL('../dist-cli/inputs.json', import.meta.url);
const root = new URL('../', import.meta.url);

/** True when the bundle is missing, or a source file it was built from changed or went away. */
function stale() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return true;
  }
  // Without the sources (an installed copy without src/) the bundle is all there is.
  if (!exists(new URL('src/cli/main.ts', root))) return false;
  let files;
  try {
    files = JSON.parse(readFileSync(inputs, 'utf8'));
  } catch {
    return true;
  }
  return files.some((file) => {
    try {
      return statSync(new URL(file, root)).mtimeMs > built;
    } catch {
      return true;
    }
  });
}

function exists(url) {
  try {
    statSync(url);
    return true;
  } catch {
    return false;
  }
}

if (stale()) {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli();
  } catch (e) {
    process.stderr.write(
      `floatplan: could not build the CLI from its sources (npm run build:cli): ${e instanceof Error ? e.message : String(e)}\n`,
    );
    process.exit(3);
  }
}
await import(bundle.href);
