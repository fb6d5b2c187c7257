import type { Page } from '@playwright/test';

/** Collects the page's uncaught errors and console errors into `errors`, so a spec can assert there were none. */
export function recordPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
}
