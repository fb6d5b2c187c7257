// npm run bench [-- --json]: validate + map on the largest load balancer Azure allows, against a floor
// loop that only allocates as many rows, and on a topology twice that size to show the scaling; then the
// worst shape for conflict checks (1,500 rules all colliding, floating IP off and on) against the first.
import { analyze } from '../src/core/validation/analyze';
import { collidingTopology } from './colliding';
import { largestTopology } from './largest';

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// Collect garbage before each sample (when node runs with --expose-gc) so one run's garbage is not billed to the next.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time(fn: () => unknown): number {
  fn(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Allocates `n` objects shaped like mapping rows: the least any mapping of that size must do. */
function floor(n: number): unknown[] {
  const rows: unknown[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({ rule: 'r', frontend: 'f', frontendIp: 'i', protocol: 'Tcp', frontendPort: i, backendPool: 'p', vm: 'v', memberIp: 'm', destinationIp: 'd', destinationPort: i, floatingIp: true, listenIp: 'l', listenOn: 'nic', haPorts: false, config: rows, ruleRef: rows });
  }
  return rows;
}

const topology = largestTopology(1);
const pairs = analyze(topology).rows.length;
const ms = time(() => analyze(topology));
const floorMs = time(() => floor(pairs));
const doubled = largestTopology(2);
const doubledPairs = analyze(doubled).rows.length;
const doubledMs = time(() => analyze(doubled));
const colliding = collidingTopology(false);
const collidingRun = analyze(colliding);
const collidingMs = time(() => analyze(colliding));
const collidingFloating = collidingTopology(true);
const collidingFloatingMs = time(() => analyze(collidingFloating));
const peakMB = process.resourceUsage().maxRSS / 1024;

const result = {
  pairs,
  ms: round(ms),
  floorMs: round(floorMs),
  ratio: round(ms / floorMs),
  peakMB: round(peakMB),
  doubledPairs,
  doubledMs: round(doubledMs),
  scaling: round(doubledMs / ms),
  collidingRules: colliding.rules.length,
  collidingPairs: collidingRun.rows.length,
  collidingDiagnostics: collidingRun.diagnostics.length,
  collidingMs: round(collidingMs),
  collidingFloatingMs: round(collidingFloatingMs),
  collidingRatio: round(Math.max(collidingMs, collidingFloatingMs) / ms),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  console.log(`validate + map, largest Azure load balancer (${topology.frontends.length} frontends, ${topology.rules.length} rules, ${pairs.toLocaleString('en')} rule×member pairs)`);
  console.log(`  time      ${result.ms} ms (median of ${RUNS})   target < 1500 ms`);
  console.log(`  floor     ${result.floorMs} ms to allocate ${pairs.toLocaleString('en')} rows`);
  console.log(`  ratio     ${result.ratio}   target < 3`);
  console.log(`  peak RSS  ${result.peakMB} MB (whole process, both sizes)`);
  console.log(`  doubled   ${result.doubledMs} ms for ${doubledPairs.toLocaleString('en')} pairs: ${result.scaling}x the time for 2x the size`);
  console.log(`worst shape: ${result.collidingRules.toLocaleString('en')} rules on one frontend port, pool and backend port (${result.collidingPairs.toLocaleString('en')} pairs, every rule colliding)`);
  console.log(`  floating off  ${result.collidingMs} ms (median of ${RUNS}), ${result.collidingDiagnostics} diagnostics`);
  console.log(`  floating on   ${result.collidingFloatingMs} ms (median of ${RUNS})`);
  console.log(`  ratio     ${result.collidingRatio} of the largest load balancer's time   target < 3 (same order)`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
