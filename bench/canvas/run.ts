// npm run bench:canvas [-- --json]: the app with ~1,000 elements (?bench=1) against a bare React Flow page with the
// same nodes and edges (first render, drag frame times: mean and p95, as the median is capped at one 60 fps frame)
// and against the small default topology (selecting a rule, a floating IP toggle, opening Trace, Scripts and Export),
// plus the production build's initial JS size. Targets: first render ≤ 1.0× bare, drag ≤ 1.5×, edit ≤ 2× small,
// tab opening ≤ 1.5× small, initial JS < 300 KB gzip. Options: --json, --cpu=N, --runs=N (first-render pairs).
import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium.mjs';
import { BENCH_COUNTS } from '../../src/features/canvas/benchTopology';
import { firstRender, type FirstRender } from './firstRender';
import { dragAndMeasure, type FrameStats } from './frames';
import { interactions, TABS, timing, type InteractionStats } from './interactions';
import { selectionLatency, type SelectionStats } from './selection';
import { initialJsGzip } from './size';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// A build folder of its own (FLOATPLAN_BENCH_OUTDIR, else per process), so two runs never serve each other's build.
const OUT_DIR = resolve(ROOT, process.env.FLOATPLAN_BENCH_OUTDIR ?? `dist-bench-canvas-${process.pid}`);
const PORT = Number(process.env.FLOATPLAN_BENCH_PORT ?? 4190);
const NODES = BENCH_COUNTS.frontends + BENCH_COUNTS.rules + BENCH_COUNTS.pools + BENCH_COUNTS.vms;
const json = process.argv.includes('--json');
// --cpu=4 slows the page's CPU through DevTools, to see costs the 60 Hz frame cap hides.
const CPU = Number(process.argv.find((a) => a.startsWith('--cpu='))?.slice(6) ?? 1);
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const log = (line: string) => (json ? undefined : console.log(line));

// One production build with the bare page as a second entry; the app's index.html is unchanged by it.
await build({
  root: ROOT,
  logLevel: 'warn',
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    rolldownOptions: { input: { main: `${ROOT}/index.html`, bare: `${ROOT}/bench/canvas/bare.html` } },
  },
});
const size = initialJsGzip(OUT_DIR);
const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true } });
const browser = await chromium.launch({ executablePath: resolveChromium().executablePath, args: CHROMIUM_ARGS });

/** Opens a page, waits for the rendered nodes to be measured, then drags a rule near the top-left of the view. */
async function measure(path: string): Promise<FrameStats & { moved: boolean; selection?: SelectionStats }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://localhost:${PORT}${path}`);
  // The app keeps only nodes in view in the DOM (above 200 nodes), so wait for the dragged node, not for all of them;
  // the bare page mounts every node in the same commit as this one.
  await page.waitForFunction(() => document.querySelector('.react-flow__node[data-id$="/rule:rule1"]') !== null, undefined, {
    timeout: 120_000,
  });
  await page.waitForFunction(
    () => [...document.querySelectorAll<HTMLElement>('.react-flow__node')].every((n) => n.style.visibility !== 'hidden'),
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(1000);
  const target = page.locator('.react-flow__node[data-id$="/rule:rule1"]');
  const box = (await target.boundingBox())!;
  // The app only (large and small): how long selecting a rule takes until the inspector and mapping show it (the bare page has no panels).
  const selection = path.includes('bare') ? undefined : await selectionLatency(page, 12, path.includes('bench=') ? 4 : 2);
  // Select first: selecting re-renders other panels (inspector, mapping), which is not drag cost.
  await target.click();
  await page.waitForTimeout(1500);
  const before = await target.evaluate((n) => (n as HTMLElement).style.transform);
  if (CPU > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const stats = await dragAndMeasure(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  // Proves the drag really moved the node (and, in the app, was committed to the layout).
  const moved = (await target.evaluate((n) => (n as HTMLElement).style.transform)) !== before;
  await page.close();
  return { ...stats, moved, ...(selection ? { selection } : {}) };
}

/** Opens an app page (the large ?bench=1 or the small default), waits for its canvas, and times the interactions. */
async function interact(path: string): Promise<InteractionStats> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`http://localhost:${PORT}${path}`);
    await page.waitForFunction(() => document.querySelector('.react-flow__node[data-id$="/rule:rule1"]') !== null, undefined, {
      timeout: 120_000,
    });
    if (path.includes('bench='))
      await page.waitForFunction(() => document.querySelector('.react-flow__node[data-id="vm:vm0"]') !== null, undefined, {
        timeout: 120_000,
      });
    await page.waitForTimeout(1000);
    return await interactions(page);
  } finally {
    await page.close();
  }
}

/** First render of app and bare page, interleaved so machine load hits both alike. */
async function firstRenders(): Promise<{ app: FirstRender[]; bare: FirstRender[] }> {
  const app: FirstRender[] = [];
  const bare: FirstRender[] = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await firstRender(browser, `http://localhost:${PORT}/?bench=1`));
    bare.push(await firstRender(browser, `http://localhost:${PORT}/bench/canvas/bare.html`));
  }
  return { app, bare };
}

const ratioOf = (a: number, b: number) => Math.round((a / b) * 100) / 100;

try {
  log(`First render of ${NODES} nodes, app and bare page, ${RUNS} times each…`);
  const renders = await firstRenders();
  const first = {
    app: {
      ...timing(renders.app.map((r) => r.ms)),
      domElements: renders.app.at(-1)!.domElements,
      analysisElements: renders.app.at(-1)!.analysisElements,
    },
    bare: { ...timing(renders.bare.map((r) => r.ms)), domElements: renders.bare.at(-1)!.domElements },
  };
  log(`Dragging a node for 3 s among ${NODES} nodes in headless Chromium…`);
  const app = await measure('/?bench=1');
  const bare = await measure('/bench/canvas/bare.html');
  const small = await measure('/');
  log('Selecting, editing and opening tabs on the large and the small topology…');
  const large = await interact('/?bench=1');
  const smallInteractions = await interact('/');
  const ratio = ratioOf(app.median, bare.median);
  const meanRatio = ratioOf(app.mean, bare.mean);
  const p95Ratio = ratioOf(app.p95, bare.p95);
  const tabs = Object.fromEntries(
    TABS.map((name) => [
      name,
      {
        large: large.tabs[name],
        small: smallInteractions.tabs[name],
        firstRatio: ratioOf(large.tabs[name].first, smallInteractions.tabs[name].first),
        reopenRatio: ratioOf(large.tabs[name].reopen.median, smallInteractions.tabs[name].reopen.median),
      },
    ]),
  );
  const result = {
    nodes: NODES,
    cpuThrottle: CPU,
    firstRender: { ...first, ratio: ratioOf(first.app.median, first.bare.median), ratioTarget: 1.0 },
    meanRatio,
    p95Ratio,
    app,
    bare,
    ratio,
    ratioTarget: 1.5,
    selection: {
      large: app.selection,
      small: small.selection,
      ratio: app.selection && small.selection ? ratioOf(app.selection.median, small.selection.median) : undefined,
    },
    edit: {
      large: large.edit,
      small: smallInteractions.edit,
      ratio: ratioOf(large.edit.median, smallInteractions.edit.median),
      ratioTarget: 2,
    },
    tabs,
    tabRatioTarget: 1.5,
    initialJs: { files: size.files, rawBytes: size.raw, gzipBytes: size.gzip, gzipKB: Math.round(size.gzip / 102.4) / 10, targetKB: 300 },
  };
  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    log(
      `first render: app ${first.app.median} ms, bare ${first.bare.median} ms → ${result.firstRender.ratio}× (target ≤ 1.0×; median of ${RUNS}); DOM: app ${first.app.domElements} elements (analysis panel ${first.app.analysisElements}), bare ${first.bare.domElements}`,
    );
    log(`drag, app   mean ${app.mean} ms  p95 ${app.p95} ms  median ${app.median} ms  (${app.frames} frames, node moved: ${app.moved})`);
    log(
      `drag, bare  mean ${bare.mean} ms  p95 ${bare.p95} ms  median ${bare.median} ms  (${bare.frames} frames, node moved: ${bare.moved})`,
    );
    log(
      `drag ratio app/bare: mean ${meanRatio}×, p95 ${p95Ratio}×, median ${ratio}× (target ≤ 1.5×; the median is capped at one 60 fps frame)${CPU > 1 ? `, CPU throttled ${CPU}×` : ''}`,
    );
    if (app.selection && small.selection)
      log(
        `selecting a rule: large ${app.selection.median} ms, small ${small.selection.median} ms → ${result.selection.ratio}× (median of ${app.selection.samples} clicks, until the inspector shows it)`,
      );
    log(
      `floating IP toggle: large ${large.edit.median} ms, small ${smallInteractions.edit.median} ms → ${result.edit.ratio}× (target ≤ 2×; median of ${large.edit.samples})`,
    );
    for (const name of TABS) {
      const r = tabs[name]!;
      log(
        `open ${name}: first large ${r.large.first} ms, small ${r.small.first} ms → ${r.firstRatio}×; again large ${r.large.reopen.median} ms, small ${r.small.reopen.median} ms → ${r.reopenRatio}× (target ≤ 1.5×)`,
      );
    }
    log(
      `initial JS: ${result.initialJs.gzipKB} KB gzip, ${Math.round(size.raw / 1024)} KB raw, ${size.files.length} files (target < 300 KB gzip)`,
    );
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  // The throwaway build would otherwise be linted and confused with the real one.
  rmSync(OUT_DIR, { recursive: true, force: true });
}
