// npm run bench:analysis [-- --dist=DIR] [--json]: opens Azure's largest load balancer (bench/largest.ts: 1,500 rules,
// 2,000 VMs, 500,000 mapping rows) from a file in headless Chromium and measures the page's main thread from the
// click on Open until the mapping shows all rows: long tasks (> 50 ms: total, longest, count) and the worst delay of
// a 20 ms timer (how long a click would have waited). --dist serves an existing build (to compare two builds).
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium.mjs';
import type { LbTopology } from '../../src/core/topology/schema';
import { largestTopology } from '../largest';

/** Positions for every node, in columns, so the canvas skips its automatic layout (its own cost, not the analysis's). */
function withColumns(t: LbTopology): LbTopology {
  const layout: NonNullable<LbTopology['layout']> = {};
  const column = (kind: string, names: string[], x: number) => names.forEach((name, i) => (layout[`${kind}:${name}`] = { x, y: i * 100 }));
  column(
    'frontend',
    t.frontends.map((f) => f.name),
    0,
  );
  column(
    'rule',
    t.rules.map((r) => r.name),
    320,
  );
  column(
    'backendPool',
    t.backendPools.map((p) => p.name),
    640,
  );
  column(
    'vm',
    t.vms.map((v) => v.name),
    960,
  );
  return { ...t, layout };
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.FLOATPLAN_BENCH_PORT ?? 4191);
const json = process.argv.includes('--json');
const given = process.argv.find((a) => a.startsWith('--dist='))?.slice(7);
const outDir = given ?? 'dist-bench-analysis';
if (!given) await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { port: PORT, strictPort: true } });
const browser = await chromium.launch({ executablePath: resolveChromium().executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://localhost:${PORT}/`);
  await page.getByRole('button', { name: 'Open…' }).waitFor();
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.longTasks = [];
    window.worstDelay = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: 'longtask' });
    let expected = performance.now() + 20;
    const tick = () => {
      window.worstDelay = Math.max(window.worstDelay, performance.now() - expected);
      expected = performance.now() + 20;
      if (!window.stopProbe) setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  })()`);
  const text = JSON.stringify(withColumns(largestTopology()));
  const started = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name: 'largest.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  // A CSS query polled twice a second: Playwright's role queries would themselves load the main thread.
  await page.waitForFunction(`[...document.querySelectorAll('.tabs__count')].some((e) => /500,?000/.test(e.textContent))`, undefined, {
    polling: 500,
    timeout: 300_000,
  });
  const readyMs = Date.now() - started;
  await page.waitForTimeout(500);
  const m = (await page.evaluate('(window.stopProbe = true, { longTasks: window.longTasks, worstDelay: window.worstDelay })')) as {
    longTasks: number[];
    worstDelay: number;
  };
  const result = {
    readyMs,
    longTaskCount: m.longTasks.length,
    longTaskTotalMs: Math.round(m.longTasks.reduce((a, b) => a + b, 0)),
    longestTaskMs: Math.round(Math.max(0, ...m.longTasks)),
    worstTimerDelayMs: Math.round(m.worstDelay),
  };
  console.log(
    json
      ? JSON.stringify(result, null, 2)
      : `ready ${result.readyMs} ms; long tasks: ${result.longTaskCount}, total ${result.longTaskTotalMs} ms, longest ${result.longestTaskMs} ms; worst timer delay ${result.worstTimerDelayMs} ms`,
  );
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
