#!/usr/bin/env node
// Run before `playwright test` (see `npm run test:e2e`): fails early, with instructions,
// when there is no Chromium for the end-to-end tests to drive.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { describeChromium, resolveChromium } from './chromium.mjs';

const choice = resolveChromium();

if (choice.source === 'env') {
  if (!existsSync(choice.executablePath)) {
    fail(`${choice.variable} is set to ${choice.executablePath}, but no file exists there.`, [
      `Point ${choice.variable} at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium or Playwright's own browser.`,
    ]);
  }
} else if (choice.source === 'playwright' && !playwrightChromiumInstalled()) {
  fail('No Chromium found for the end-to-end tests.', [
    "Looked for: $FLOATPLAN_CHROMIUM, $CHROMIUM_PATH, /usr/bin/chromium, and Playwright's browser cache.",
    'Get one of these:',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  Anywhere else:  npx playwright install chromium',
    'Or set FLOATPLAN_CHROMIUM=/path/to/chromium to use a browser you already have.',
  ]);
}
console.log(`e2e browser: ${describeChromium(choice)}`);

/**
 * Playwright launches its headless shell in headless mode, and the full browser otherwise;
 * `npx playwright install chromium` installs both. Either one is enough to try.
 */
function playwrightChromiumInstalled() {
  const full = chromium.executablePath();
  if (existsSync(full)) return true;
  // <cache>/chromium-<rev>/<platform dir>/chrome  ->  <cache>/chromium_headless_shell-<rev>/...
  let dir = dirname(full);
  while (dir !== dirname(dir) && !/^chromium-\d+$/.test(basename(dir))) dir = dirname(dir);
  const revision = /^chromium-(\d+)$/.exec(basename(dir))?.[1];
  if (!revision) return false;
  const shell = join(dirname(dir), `chromium_headless_shell-${revision}`);
  return existsSync(shell) && readdirSync(shell).length > 0;
}

function fail(headline, lines) {
  console.error(`\n${headline}\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  process.exit(1);
}
