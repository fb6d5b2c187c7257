// CLI start-up: `floatplan validate` of the default example through the bin (and `npm run cli`) against
// `node -e 0` (and with --npm, `npm run cli` against node -e 0 and against `npm --version`), interleaved so machine load hits both alike.
// With --installed <dir>, also the bin of a packed copy installed there (`npm install floatplan-x.y.z.tgz` in <dir>),
// which skips the checkout's staleness check.
// Usage: node bench/cli/startup.mjs [--runs N] [--npm] [--installed <dir>] [--json]
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 10;
const json = args.includes('--json');
const EXAMPLE = 'public/examples/type2-floating-ip.json';

/** Wall time of one run of `cmd args` in the repository, in ms. */
function time(cmd, argv) {
  const start = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}`);
  return performance.now() - start;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cases = [
  {
    name: 'bin validate',
    baseline: 'node -e 0',
    run: () => time(process.execPath, ['bin/floatplan.mjs', 'validate', EXAMPLE]),
    base: () => time(process.execPath, ['-e', '0']),
  },
];
if (args.includes('--installed')) {
  const bin = resolve(args[args.indexOf('--installed') + 1] ?? '.', 'node_modules/floatplan/bin/floatplan.mjs');
  cases.push({
    name: 'installed bin validate',
    baseline: 'node -e 0',
    run: () => time(process.execPath, [bin, 'validate', EXAMPLE]),
    base: () => time(process.execPath, ['-e', '0']),
  });
}
if (args.includes('--npm')) {
  cases.push({
    name: 'npm run cli -- validate',
    baseline: 'node -e 0',
    run: () => time('npm', ['run', '--silent', 'cli', '--', 'validate', EXAMPLE]),
    base: () => time(process.execPath, ['-e', '0']),
  });
  // npm itself starts for several hundred ms before it runs anything: the same command against npm's own start.
  cases.push({
    name: 'npm run cli -- validate',
    baseline: 'npm --version',
    run: () => time('npm', ['run', '--silent', 'cli', '--', 'validate', EXAMPLE]),
    base: () => time('npm', ['--version']),
  });
}

// A first run builds the bundle if it is missing or stale; it is not timed.
execFileSync(process.execPath, ['bin/floatplan.mjs', 'validate', EXAMPLE], { cwd: ROOT, stdio: 'ignore' });
const results = cases.map((c) => {
  const ms = [];
  const base = [];
  for (let i = 0; i < runs; i++) {
    base.push(c.base());
    ms.push(c.run());
  }
  return { name: c.name, baseline: c.baseline, medianMs: median(ms), baselineMs: median(base), ratio: median(ms) / median(base) };
});
if (json) console.log(JSON.stringify({ runs, results }, null, 2));
else
  for (const r of results)
    console.log(
      `${r.name}: ${r.medianMs.toFixed(0)} ms, ${r.baseline}: ${r.baselineMs.toFixed(0)} ms → ${r.ratio.toFixed(2)}× (median of ${runs})`,
    );
