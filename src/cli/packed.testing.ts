// Test-only: the package as a user gets it. `npm pack` (whose prepack builds the CLI and the library), then
// `npm install <tarball>` into an empty folder, then the installed `floatplan` run through npx, as in a pipeline.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

/** The repository's root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** An installed copy of the packed package. */
export interface Installed {
  /** The empty project the tarball was installed into (its node_modules holds floatplan and its dependencies). */
  dir: string;
  /** The tarball's path. */
  tarball: string;
  /** Wall time of `npm pack` (prepack builds included) and of `npm install`, in ms, for the report. */
  timings: { packMs: number; installMs: number };
  /** Removes the folders. */
  remove(): void;
}

/** A finished child process, with its output as text. */
export type Ran = Pick<SpawnSyncReturns<string>, 'status' | 'stdout' | 'stderr'>;

/** Runs `command args` in `cwd` (with `env` added); throws with its output when it exits other than `expect`. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  expect: number | 'any' = 0,
  env: Record<string, string> = {},
): Ran {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  if (r.error) throw r.error;
  if (expect !== 'any' && r.status !== expect)
    throw new Error(`${command} ${args.join(' ')} exited ${r.status} (expected ${expect})\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Packs the repository and installs the tarball into a new empty project. */
export function packAndInstall(): Installed {
  const packDir = mkdtempSync(join(tmpdir(), 'floatplan-pack-'));
  const dir = mkdtempSync(join(tmpdir(), 'floatplan-installed-'));
  const remove = () => {
    rmSync(packDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    let start = performance.now();
    run('npm', ['pack', '--pack-destination', packDir], ROOT);
    const packMs = performance.now() - start;
    const [name] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
    if (!name) throw new Error(`npm pack wrote no tarball into ${packDir}`);
    const tarball = join(packDir, name);
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
    start = performance.now();
    // The dependencies are the repository's own (npm ci put them in npm's cache): the registry is asked only for
    // what the cache lacks.
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
    const installMs = performance.now() - start;
    return { dir, tarball, timings: { packMs, installMs }, remove };
  } catch (e) {
    remove();
    throw e;
  }
}

/** Runs the installed `floatplan` through npx (never fetching it) in the installed project. */
export function floatplan(installed: Installed, args: readonly string[], expect: number | 'any' = 0): Ran {
  return run('npx', ['--no-install', 'floatplan', ...args], installed.dir, expect);
}

/** Writes `text` at `path` inside the installed project (folders made as needed); returns the path. */
export function put(installed: Installed, path: string, text: string): string {
  const file = join(installed.dir, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}
