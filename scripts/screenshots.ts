// npm run screenshots [-- --url URL] [-- --out DIR]: pictures of the workspace's main states at 1440×900 (and a
// phone), for a reviewer to look at. Builds the app and serves it with `vite preview` unless --url names a running
// one; drives the same Chromium as the end-to-end tests (scripts/chromium.mjs). The pictures are not committed.
//
// The UI changes under this script: a state whose control cannot be found prints a warning and the others go on.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, describeChromium, resolveChromium } from './chromium.mjs';
import { SCREENSHOT_STATES, type ScreenshotState } from './screenshotStates';

const USAGE = `Usage: npm run screenshots [-- --url URL] [-- --out DIR] [-- --only NAME,NAME]
  --url URL   take them from a running Floatplan (e.g. http://localhost:5173) instead of building one
  --out DIR   where the PNG files go (default: screenshots/, git-ignored)
  --only …    only the named states (${SCREENSHOT_STATES.map((s) => s.name).join(', ')})`;

interface Options {
  url?: string;
  out: string;
  only?: string[];
  help: boolean;
}

/**
 * Reads the command line (the arguments after the script's name).
 * @example parseArgs(['--url', 'http://localhost:5173']) // { url: 'http://localhost:5173/', out: 'screenshots', help: false }
 */
export function parseArgs(argv: string[]): Options {
  const options: Options = { out: 'screenshots', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value.\n${USAGE}`);
      return next;
    };
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--url') options.url = new URL(value()).href;
    else if (arg === '--out') options.out = value();
    else if (arg === '--only') options.only = value().split(',');
    else throw new Error(`Unknown option ${arg}.\n${USAGE}`);
  }
  const unknown = (options.only ?? []).filter((name) => !SCREENSHOT_STATES.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`No state named ${unknown.join(', ')}.\n${USAGE}`);
  return options;
}

/** Builds the app into dist-screenshots/ and serves it; returns its address and a function that stops the server. */
async function serveBuild() {
  const { build, preview } = await import('vite');
  const outDir = 'dist-screenshots';
  console.log(`Building the app into ${outDir}/ …`);
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'error', build: { outDir }, preview: { port: 4190, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no local address.');
  return { url, close: () => server.close() };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const server = options.url ? { url: options.url, close: async () => {} } : await serveBuild();
  const choice = resolveChromium();
  console.log(`Browser: ${describeChromium(choice)}; app: ${server.url}`);
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: CHROMIUM_ARGS }).catch((e: Error) => {
    throw new Error(
      `Could not start Chromium (${e.message.split('\n')[0]}). Install one: sudo apt-get install -y chromium, or npx playwright install chromium.`,
    );
  });
  const states = SCREENSHOT_STATES.filter((s) => !options.only || options.only.includes(s.name));
  const saved: string[] = [];
  const warnings: string[] = [];
  try {
    for (const state of states) {
      // Numbered by place in the full list, so a file keeps its name when only some states are taken again.
      const number = String(SCREENSHOT_STATES.indexOf(state) + 1).padStart(2, '0');
      const file = resolve(out, `${number}-${state.name}.png`);
      try {
        await shoot(browser, server.url, state, file);
        saved.push(file);
        console.log(`  saved   ${file}`);
      } catch (e) {
        const reason = (e as Error).message.split('\n')[0] ?? String(e);
        warnings.push(`${state.name}: ${reason}`);
        console.warn(`  warning ${state.name}: skipped, ${reason}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `\n${saved.length} of ${states.length} screenshots in ${out}${warnings.length ? `; ${warnings.length} skipped (warnings above)` : ''}.`,
  );
  if (saved.length === 0) process.exitCode = 1;
}

/** Opens a fresh page (empty storage) in the state's window size, theme and language, drives it and saves it. */
async function shoot(browser: Browser, base: string, state: ScreenshotState, file: string) {
  const context = await browser.newContext({
    viewport: state.viewport ?? { width: 1440, height: 900 },
    colorScheme: state.colorScheme ?? 'light',
    locale: state.locale ?? 'en-US',
    reducedMotion: 'reduce',
  });
  try {
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    if (!state.firstVisit) await page.addInitScript(() => localStorage.setItem('floatplan.welcome.v1', 'dismissed'));
    await page.goto(new URL(state.path ?? '/', base).href);
    await page.locator('.fp-canvas-region').waitFor({ timeout: 20_000 });
    await state.drive?.(page);
    // Lazy tabs and fonts load after a click; let them land before the picture.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    await settled(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: file });
  } finally {
    await context.close();
  }
}

/**
 * Waits a little for "Loading…" placeholders (lazy tabs, the trace diagram) to give way; a picture of one that never
 * does is still worth having, so this never fails.
 */
async function settled(page: Page) {
  await page
    .waitForFunction(
      () =>
        ![...document.querySelectorAll('[aria-busy="true"], [role="status"], p, span, div')].some(
          (el) => el.childElementCount === 0 && /^(Loading|読み込み中)/.test(el.textContent?.trim() ?? '') && el.checkVisibility(),
        ),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => console.warn('  (still loading after 10 s; taking the picture anyway)'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
