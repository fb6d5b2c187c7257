// Sampling helpers for `npm run bench`: medians, garbage collection between samples, and paired samples of a
// path and its baseline taken alternately, so load on the machine slows both alike and their ratio holds.

/** The median of `xs` (the upper one for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Two decimals, for printing and the JSON. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}

// Collect garbage before each sample (node runs with --expose-gc) so one sample's garbage is not billed to the next.
const collect = (globalThis as { gc?: () => void }).gc;

/** Forces a full garbage collection when node runs with --expose-gc; a no-op otherwise. */
export function gc(): void {
  collect?.();
}

/**
 * Milliseconds `fn` takes (awaited when it returns a promise), after `before` (untimed) and a garbage collection: wall clock, and the
 * process's CPU time (user + system), which a machine shared with other work inflates far less.
 */
export async function sample(fn: () => unknown, before?: () => void): Promise<{ wall: number; cpu: number }> {
  before?.();
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** A path against its baseline: the median of each, and the median of the per-pair ratios; wall clock and CPU time. */
export interface Paired {
  ms: number;
  baselineMs: number;
  ratio: number;
  cpuMs: number;
  baselineCpuMs: number;
  cpuRatio: number;
}

/**
 * `runs` pairs of samples, path and baseline alternately (the baseline first in odd pairs), after `warm` warm-ups
 * of each (true: one; false: none, for a run of several seconds). A path of ~100 ms needs a few before the JIT
 * settles, or the first pairs weigh on the median. `before` runs, untimed, before each sample of `fn`.
 * @example await paired(() => analyze(t), () => floor(n), 5) // { ms: 270, baselineMs: 110, ratio: 2.4 }
 */
export async function paired(
  fn: () => unknown,
  baseline: () => unknown,
  runs: number,
  warm: boolean | number = true,
  before?: () => void,
): Promise<Paired> {
  for (let i = 0; i < Number(warm); i++) {
    await fn();
    await baseline();
  }
  const a: { wall: number; cpu: number }[] = [];
  const b: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const first = i % 2 ? baseline : fn;
    const x = await sample(first, first === fn ? before : undefined);
    const y = await sample(first === fn ? baseline : fn, first === fn ? undefined : before);
    a.push(first === fn ? x : y);
    b.push(first === fn ? y : x);
  }
  const m = (xs: { wall: number; cpu: number }[], k: 'wall' | 'cpu') => round(median(xs.map((x) => x[k])));
  const ratio = (k: 'wall' | 'cpu') => round(median(a.map((x, i) => x[k] / b[i]![k])));
  return {
    ms: m(a, 'wall'),
    baselineMs: m(b, 'wall'),
    ratio: ratio('wall'),
    cpuMs: m(a, 'cpu'),
    baselineCpuMs: m(b, 'cpu'),
    cpuRatio: ratio('cpu'),
  };
}

/** A path at 1× and 2× with its baselines, and how much longer 2× takes. */
export interface Scaled {
  x1: Paired;
  x2: Paired;
  scaling: number;
  cpuScaling: number;
}

/** The two sizes of a path and the ratio of their medians (wall clock; CPU time in cpuScaling). */
export function scaled(x1: Paired, x2: Paired): Scaled {
  return { x1, x2, scaling: round(x2.ms / x1.ms), cpuScaling: round(x2.cpuMs / x1.cpuMs) };
}

/** The two sizes of a path, and how much longer 2× takes from `doubling`: 2× sampled against 1× alternately. */
export function scaledBy(x1: Paired, x2: Paired, doubling: Paired): Scaled {
  return { x1, x2, scaling: doubling.ratio, cpuScaling: doubling.cpuRatio };
}
