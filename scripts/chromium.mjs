// Which Chromium the end-to-end tests drive. Shared by playwright.config.ts and scripts/ensure-browser.mjs.
//
// Order: FLOATPLAN_CHROMIUM (or CHROMIUM_PATH) from the environment, then Debian's /usr/bin/chromium,
// then Playwright's own browser (the normal case on a laptop after `npx playwright install chromium`).
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine without internet access. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @param {(path: string) => boolean} [exists]
 * @returns {import('./chromium.d.mts').ChromiumChoice}
 */
export function resolveChromium(env = process.env, exists = existsSync) {
  for (const variable of ['FLOATPLAN_CHROMIUM', 'CHROMIUM_PATH']) {
    const path = env[variable];
    if (path) return { source: 'env', variable, executablePath: path };
  }
  if (exists(SYSTEM_CHROMIUM)) return { source: 'system', executablePath: SYSTEM_CHROMIUM };
  return { source: 'playwright' };
}

/** One line saying which browser was chosen and why. */
export function describeChromium(choice) {
  switch (choice.source) {
    case 'env':
      return `${choice.executablePath} (from ${choice.variable})`;
    case 'system':
      return `${choice.executablePath} (system Chromium)`;
    default:
      return "Playwright's own Chromium";
  }
}
