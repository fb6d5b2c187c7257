// npm run bench:canvas [-- --json]: frame times while dragging a node on the app's canvas with ~1,000
// elements (?bench=1) against a bare React Flow page with the same nodes and edges, plus the
// production build's initial JS size. Targets: ratio ≤ 1.5×, initial JS < 300 KB gzip. Options: --json, --cpu=N.
import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium.mjs';
import { BENCH_COUNTS } from '../../src/features/canvas/benchTopology';
import { dragAndMeasure, type FrameStats } from './frames';
import { selectionLatency, type SelectionStats } from './selection';
import { initialJsGzip } from './size';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = 'dist-bench-canvas';
const PORT = Number(process.env.FLOATPLAN_BENCH_PORT ?? 4190);
const NODES = BENCH_COUNTS.frontends + BENCH_COUNTS.rules + BENCH_COUNTS.pools + BENCH_COUNTS.vms;
const json = process.argv.includes('--json');
// --cpu=4 slows the page's CPU through DevTools, to see costs the 60 Hz frame cap hides.
const CPU = Number(process.argv.find((a) => a.startsWith('--cpu='))?.slice(6) ?? 1);
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
const size = initialJsGzip(`${ROOT}/${OUT_DIR}`);
const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true } });
const browser = await chromium.launch({ executablePath: resolveChromium().executablePath, args: CHROMIUM_ARGS });

/** Opens a page, waits for the rendered nodes to be measured, then drags a rule near the top-left of the view. */
async function measure(path: string): Promise<FrameStats & { moved: boolean; selection?: SelectionStats }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://localhost:${PORT}${path}`);
  // The app keeps only nodes in view in the DOM (above 200 nodes), so wait for the dragged node, not for all of them;
  // the bare page mounts every node in the same commit as this one.
  await page.waitForFunction(() => document.querySelector('.react-flow__node[data-id="rule:rule1"]') !== null, undefined, { timeout: 120_000 });
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.react-flow__node')].every((n) => n.style.visibility !== 'hidden'), undefined, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const target = page.locator('.react-flow__node[data-id="rule:rule1"]');
  const box = (await target.boundingBox())!;
  // The app only: how long selecting a rule takes until the inspector and mapping show it (the bare page has no panels).
  const selection = path.includes('bench=') ? await selectionLatency(page) : undefined;
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

try {
  log(`Dragging a node for 3 s among ${NODES} nodes in headless Chromium…`);
  const app = await measure('/?bench=1');
  const bare = await measure('/bench/canvas/bare.html');
  const ratio = Math.round((app.median / bare.median) * 100) / 100;
  const meanRatio = Math.round((app.mean / bare.mean) * 100) / 100;
  const result = {
    nodes: NODES,
    cpuThrottle: CPU,
    meanRatio,
    app,
    bare,
    ratio,
    ratioTarget: 1.5,
    initialJs: { files: size.files, rawBytes: size.raw, gzipBytes: size.gzip, gzipKB: Math.round(size.gzip / 102.4) / 10, targetKB: 300 },
  };
  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    log(`app   median ${app.median} ms  p95 ${app.p95} ms  mean ${app.mean} ms  (${app.frames} frames, node moved: ${app.moved})`);
    log(`bare  median ${bare.median} ms  p95 ${bare.p95} ms  mean ${bare.mean} ms  (${bare.frames} frames, node moved: ${bare.moved})`);
    log(`ratio app/bare: median ${ratio}× (target ≤ 1.5×), mean ${meanRatio}×${CPU > 1 ? `, CPU throttled ${CPU}×` : ''}`);
    if (app.selection) log(`selecting a rule: median ${app.selection.median} ms, max ${app.selection.max} ms until the inspector shows it (${app.selection.samples} clicks)`);
    log(`initial JS: ${result.initialJs.gzipKB} KB gzip, ${Math.round(size.raw / 1024)} KB raw, ${size.files.length} files (target < 300 KB gzip)`);
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  // The throwaway build would otherwise be linted and confused with the real one.
  rmSync(`${ROOT}/${OUT_DIR}`, { recursive: true, force: true });
}
