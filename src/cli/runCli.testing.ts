// Test-only: runs the CLI in-process with captured output and optional in-memory files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { lbView } from '../core/topology/design';
import { loadTopology } from '../core/topology/load';
import type { LbTopology } from '../core/topology/schema';
import type { Io } from './io';
import { main } from './main';

/** An Io that records what is printed; `files` are served instead of the disk for the paths they name. */
function capture(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  // A path that prefixes some of `files` (`cfg` for `cfg/main.tf`) is a directory.
  const readDir = (p: string) => {
    const names = Object.keys(files)
      .filter((f) => f.startsWith(`${p}/`))
      .map((f) => f.slice(p.length + 1));
    return names.length > 0 ? names.sort() : undefined;
  };
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), readFile: (p) => files[p] ?? readFileSync(p, 'utf8'), readDir };
  return { io, printed: () => ({ out: out.join('\n'), err: err.join('\n') }) };
}

/** Runs `floatplan <argv>`; `files` are served instead of the disk for the paths they name. */
export function runCli(argv: string[], files: Record<string, string> = {}) {
  const { io, printed } = capture(files);
  const code = main(argv, io);
  return { code, ...printed() };
}

/** Runs `floatplan <argv>` and waits for a command that returns a promise (import). */
export async function runCliAsync(argv: string[], files: Record<string, string> = {}) {
  const { io, printed } = capture(files);
  const code = await main(argv, io);
  return { code, ...printed() };
}

/** A maker of temporary directories (`tempDir('floatplan-x-')`), all removed after the test file's tests. */
export function tempDirs(): (prefix: string) => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** Load balancer `which` (default the first) of the topology `import` printed, as its one-load-balancer view. */
export function importedLb(out: string, which: number | string = 0): LbTopology {
  const loaded = loadTopology(JSON.parse(out));
  if (!loaded.ok) throw new Error(`import printed a topology that does not load: ${out.slice(0, 200)}`);
  return lbView(loaded.topology, which);
}
