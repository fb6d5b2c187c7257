// npm run bench [-- analysis|scripts|imports|exports ...] [--json]: every path a user takes with the largest load
// balancer Azure allows, each against a baseline sampled alternately with it, at 1× and 2× the size. Without a
// part name, all of them (about three minutes on the 2-core development machine when it is otherwise idle).
import { analyze } from '../src/core/validation/analyze';
import { analyzeTopology } from '../src/core/validation/analyzeTopology';
import { collidingTopology } from './colliding';
import { largestTopology } from './largest';
import { spreadTopology } from './spread';
import { paired, round, type Paired, type Scaled } from './measure';
import { exportsOf, peak, scriptAll } from './paths';

const PARTS = ['analysis', 'scripts', 'imports', 'exports'] as const;
type Part = (typeof PARTS)[number];
const args = process.argv.slice(2);
const json = args.includes('--json');
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((a) => !(PARTS as readonly string[]).includes(a));
if (unknown.length) {
  console.error(`bench: unknown part ${unknown.join(', ')}; parts are ${PARTS.join(', ')}`);
  process.exit(2);
}
const parts: readonly Part[] = asked.length ? (asked as Part[]) : PARTS;

// validate + map now takes about as long as the floor (~100 ms): more pairs and warm-ups, so the JIT's first
// tiers and one noisy sample do not set the ratio.
const ANALYSIS_RUNS = 9;
const ANALYSIS_WARM = 3;
// Paths of several seconds: fewer pairs, still a median.
const SLOW_RUNS = 3;

/** Allocates `n` objects shaped like mapping rows: the least any mapping of that size must do. */
function floor(n: number): unknown[] {
  const rows: unknown[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      rule: 'r',
      frontend: 'f',
      frontendIp: 'i',
      protocol: 'Tcp',
      frontendPort: i,
      backendPool: 'p',
      vm: 'v',
      memberIp: 'm',
      destinationIp: 'd',
      destinationPort: i,
      floatingIp: true,
      listenIp: 'l',
      listenOn: 'nic',
      haPorts: false,
      config: rows,
      ruleRef: rows,
    });
  }
  return rows;
}

/** validate + map against the floor, alternately; 2× size; the worst shape; memory in fresh processes. */
async function analysisPart() {
  const topology = largestTopology(1);
  const pairs = analyze(topology).rows.length;
  const x1 = await paired(
    () => analyze(topology),
    () => floor(pairs),
    ANALYSIS_RUNS,
    ANALYSIS_WARM,
  );
  // analyze builds rows when they are read: what a caller that reads every row (a view of all of them, `map`) pays.
  const read = await paired(
    () => [...analyze(topology).rows],
    () => floor(pairs),
    ANALYSIS_RUNS,
    ANALYSIS_WARM,
  );
  const doubled = largestTopology(2);
  const doubledPairs = analyze(doubled).rows.length;
  const x2 = await paired(
    () => analyze(doubled),
    () => floor(doubledPairs),
    ANALYSIS_RUNS,
    ANALYSIS_WARM,
  );
  // 2× against 1× directly, alternately: the ratio of two medians taken minutes apart swung 1.3–4.6 under load.
  const doubling = await paired(
    () => analyze(doubled),
    () => analyze(topology),
    ANALYSIS_RUNS,
    1,
  );
  const colliding = collidingTopology(false);
  const collidingRun = analyze(colliding);
  const off = await paired(
    () => analyze(colliding),
    () => analyze(topology),
    ANALYSIS_RUNS,
    ANALYSIS_WARM,
  );
  const collidingFloating = collidingTopology(true);
  const on = await paired(
    () => analyze(collidingFloating),
    () => analyze(topology),
    ANALYSIS_RUNS,
    ANALYSIS_WARM,
  );
  // The same elements over three load balancers of one design, checked across them too. analyzeTopology keeps its
  // answer per topology object and each load balancer's per view, and a view stays while its load balancer object and
  // the VMs do (after an edit of another load balancer): so a copy of every load balancer each time. The VM list is
  // kept, as `analyze(topology)` keeps its own (the index keeps its parsed addresses per VM list).
  const spread = spreadTopology(3);
  const anew = () => ({ ...spread, loadBalancers: spread.loadBalancers.map((lb) => ({ ...lb })) });
  const spreadPairs = analyzeTopology(spread).rows.length;
  const spreadX = await paired(
    () => analyzeTopology(anew()),
    () => floor(spreadPairs),
    ANALYSIS_RUNS,
    ANALYSIS_WARM,
  );
  const spreadVsOne = await paired(
    () => analyzeTopology(anew()),
    () => analyze(topology),
    ANALYSIS_RUNS,
    ANALYSIS_WARM,
  );
  const analyzed = peak('analyze');
  const analyzedRead = peak('analyze-read');
  const validated = peak('validate');
  return {
    pairs,
    ms: x1.ms,
    floorMs: x1.baselineMs,
    ratio: x1.ratio,
    cpuRatio: x1.cpuRatio,
    peakMB: analyzed.peakMB,
    heapMB: analyzed.heapMB,
    readMs: read.ms,
    readRatio: read.ratio,
    readCpuRatio: read.cpuRatio,
    readPeakMB: analyzedRead.peakMB,
    readHeapMB: analyzedRead.heapMB,
    validatePeakMB: validated.peakMB,
    validateHeapMB: validated.heapMB,
    doubledPairs,
    doubledMs: x2.ms,
    doubledFloorMs: x2.baselineMs,
    doubledRatio: x2.ratio,
    doubledCpuRatio: x2.cpuRatio,
    scaling: doubling.ratio,
    cpuScaling: doubling.cpuRatio,
    collidingRules: colliding.rules.length,
    collidingPairs: collidingRun.rows.length,
    collidingDiagnostics: collidingRun.diagnostics.length,
    collidingMs: off.ms,
    collidingFloatingMs: on.ms,
    collidingRatio: Math.max(off.ratio, on.ratio),
    spreadLbs: spread.loadBalancers.length,
    spreadPairs,
    spreadMs: spreadX.ms,
    spreadRatio: spreadX.ratio,
    spreadCpuRatio: spreadX.cpuRatio,
    spreadVsOne: spreadVsOne.ratio,
    spreadVsOneCpu: spreadVsOne.cpuRatio,
  };
}

/** script --all against validate, and its peak memory against validate's (both through the CLI's commands). */
async function scriptsPart() {
  const times = await scriptAll(SLOW_RUNS);
  const script = peak('script-all');
  const validated = peak('cli-validate');
  return { ...times, peakMB: script.peakMB, validatePeakMB: validated.peakMB, peakRatio: round(script.peakMB / validated.peakMB) };
}

async function importsPart() {
  // Loaded only when asked: the importers start WebAssembly parsers.
  const { importsOf } = await import('./imports');
  return importsOf(SLOW_RUNS);
}

const run: Record<Part, () => Promise<unknown>> = {
  analysis: analysisPart,
  scripts: scriptsPart,
  imports: importsPart,
  exports: () => exportsOf(SLOW_RUNS),
};
const result: Partial<Record<Part, unknown>> = {};
for (const part of parts) {
  result[part] = await run[part]();
  if (!json) print(part, result[part]);
}
if (json) console.log(JSON.stringify(parts.length === 1 && parts[0] === 'analysis' && asked.length ? result.analysis : result));

function print(part: Part, r: unknown) {
  const line = (name: string, p: Paired, baseline: string) =>
    `  ${name.padEnd(14)} ${p.ms} ms, ${baseline} ${p.baselineMs} ms: ${p.ratio}x (CPU ${p.cpuMs} / ${p.baselineCpuMs} ms: ${p.cpuRatio}x)`;
  const scaledLines = (name: string, s: Scaled, baseline: string, target: string) => [
    line(`${name} 1x`, s.x1, baseline),
    line(`${name} 2x`, s.x2, baseline),
    `  ${''.padEnd(14)} 2x/1x ${s.scaling} (CPU ${s.cpuScaling})   ${target}`,
  ];
  if (part === 'analysis') {
    const a = r as Awaited<ReturnType<typeof analysisPart>>;
    console.log(
      `validate + map, largest Azure load balancer (600 frontends, 1,500 rules, ${a.pairs.toLocaleString('en')} rule×member pairs), median of ${ANALYSIS_RUNS} pairs with the floor`,
    );
    console.log(`  time      ${a.ms} ms   target < 1500 ms`);
    console.log(`  floor     ${a.floorMs} ms to allocate ${a.pairs.toLocaleString('en')} rows (sampled alternately)`);
    console.log(`  ratio     ${a.ratio} (median of per-pair ratios; CPU time ${a.cpuRatio})   target <= 1.0`);
    console.log(`  read all  ${a.readMs} ms to analyse and read every row: ${a.readRatio} of the floor (CPU ${a.readCpuRatio})`);
    console.log(
      `  memory    analyze: peak RSS ${a.peakMB} MB, heap held ${a.heapMB} MB; every row read: ${a.readPeakMB} MB, ${a.readHeapMB} MB; validate: ${a.validatePeakMB} MB, ${a.validateHeapMB} MB (fresh processes, after a full GC)`,
    );
    console.log(
      `  doubled   ${a.doubledMs} ms for ${a.doubledPairs.toLocaleString('en')} pairs (floor ${a.doubledFloorMs} ms, ratio ${a.doubledRatio}, CPU ${a.doubledCpuRatio}): ${a.scaling}x the time for 2x the size (CPU ${a.cpuScaling}x)`,
    );
    console.log(
      `worst shape: ${a.collidingRules.toLocaleString('en')} rules on one frontend port, pool and backend port (${a.collidingPairs.toLocaleString('en')} pairs, every rule colliding)`,
    );
    console.log(`  floating off  ${a.collidingMs} ms, ${a.collidingDiagnostics} diagnostics; floating on ${a.collidingFloatingMs} ms`);
    console.log(`  ratio     ${a.collidingRatio} of the largest load balancer's time (sampled alternately)   target < 3`);
    console.log(
      `spread: the same elements over ${a.spreadLbs} load balancers of one design (${a.spreadPairs.toLocaleString('en')} pairs), analyzeTopology`,
    );
    console.log(`  time      ${a.spreadMs} ms   target < 1500 ms`);
    console.log(`  ratio     ${a.spreadRatio} of the floor (CPU ${a.spreadCpuRatio})   target <= 1.0`);
    console.log(`  vs one    ${a.spreadVsOne}x the single load balancer's analyze (CPU ${a.spreadVsOneCpu}x, sampled alternately)`);
  } else if (part === 'scripts') {
    const s = r as Awaited<ReturnType<typeof scriptsPart>>;
    console.log(`script --all --out <dir> (4,000 files, 253 MB at 1x) against validate of the same file, median of ${SLOW_RUNS} pairs`);
    for (const l of scaledLines('script --all', s, 'validate', 'target <= 5x validate, 2x/1x <= 2.2')) console.log(l);
    console.log(`  peak RSS       ${s.peakMB} MB against validate's ${s.validatePeakMB} MB: ${s.peakRatio}x   target <= 2x`);
  } else if (part === 'imports') {
    const i = r as Record<'arm' | 'bicep' | 'terraform', Scaled>;
    console.log(`imports of the exported largest topology, median of ${SLOW_RUNS} pairs`);
    for (const l of scaledLines('ARM', i.arm, 'validate', '2x/1x target <= 2.2')) console.log(l);
    for (const l of scaledLines('Bicep', i.bicep, 'ARM import', '2x/1x target <= 2.2')) console.log(l);
    for (const l of scaledLines('Terraform', i.terraform, 'ARM import', 'target <= 4x ARM, 2x/1x <= 2.2')) console.log(l);
  } else {
    const e = r as Record<string, Scaled>;
    console.log(`exports of the largest topology against validate (which each export runs), median of ${SLOW_RUNS} pairs`);
    for (const [format, s] of Object.entries(e)) for (const l of scaledLines(format, s, 'validate', '2x/1x target <= 2.2')) console.log(l);
  }
}
