// CLI start-up: `floatplan validate` of the default example through the bin (and `npm run cli`) against
// `node -e 0` (and with --npm, `npm run cli` against node -e 0 and against `npm --version`), interleaved so machine load hits both alike.
// With --installed <dir>, also the bin of a packed copy installed there (`npm install floatplan-x.y.z.tgz` in <dir>),
// which skips the checkout's staleness check.
// Usage: node bench/cli/startup.mjs [--runs N] [--npm] [--installed <dir>] [--json]
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 10;
const json = args.includes('--json');
const EXAMPLE = 'public/examples/type2-floating-ip.json';

/**
 * CPU time (user + system) of the children this process has waited for, in ms, from /proc/self/stat (Linux; 10 ms
 * ticks), or undefined elsewhere. Machine load inflates it far less than wall time.
 */
function childCpuMs() {
  try {
    // Fields after the command name (which may hold spaces): cutime and cstime are the 14th and 15th.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Wall and CPU time of one run of `cmd args` in the repository, in ms. */
function time(cmd, argv) {
  const cpu = childCpuMs();
  const start = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'ignore' });
  const wall = performance.now() - start;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}`);
  return { wall, cpu: cpu === undefined ? undefined : childCpuMs() - cpu };
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
  const samples = [];
  const bases = [];
  for (let i = 0; i < runs; i++) {
    bases.push(c.base());
    samples.push(c.run());
  }
  const wall = { medianMs: median(samples.map((t) => t.wall)), baselineMs: median(bases.map((t) => t.wall)) };
  const cpu =
    samples[0].cpu === undefined ? undefined : { cpuMs: median(samples.map((t) => t.cpu)), baselineCpuMs: median(bases.map((t) => t.cpu)) };
  return {
    name: c.name,
    baseline: c.baseline,
    ...wall,
    ratio: wall.medianMs / wall.baselineMs,
    ...(cpu && { ...cpu, cpuRatio: cpu.cpuMs / cpu.baselineCpuMs }),
  };
});
if (json) console.log(JSON.stringify({ runs, results }, null, 2));
else
  for (const r of results)
    console.log(
      `${r.name}: ${r.medianMs.toFixed(0)} ms, ${r.baseline}: ${r.baselineMs.toFixed(0)} ms → ${r.ratio.toFixed(2)}× wall` +
        (r.cpuRatio === undefined ? '' : `; CPU ${r.cpuMs.toFixed(0)} ms vs ${r.baselineCpuMs.toFixed(0)} ms → ${r.cpuRatio.toFixed(2)}×`) +
        ` (median of ${runs})`,
    );
