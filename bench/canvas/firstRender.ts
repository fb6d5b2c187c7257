import type { Browser } from '@playwright/test';

/** When a page first painted the generated topology, and how big its DOM is once settled. */
export interface FirstRender {
  /** ms from navigation start to the first painted frame showing vm0 with every rendered node measured. */
  ms: number;
  /** Elements in the document, and in the analysis panel (0 on the bare page), once settled. */
  domElements: number;
  analysisElements: number;
}

// Installed before the page's own scripts: polls every frame from the very start, so the time is the page's, not
// Playwright's. vm0 is in the generated topology only (the app shows its small default first).
const PROBE = `(() => {
  const check = () => {
    const nodes = document.querySelectorAll('.react-flow__node');
    const ready = document.querySelector('.react-flow__node[data-id="vm:vm0"]') !== null
      && [...nodes].every((n) => n.style.visibility !== 'hidden');
    if (ready) requestAnimationFrame(() => setTimeout(() => (window.__firstRender = performance.now()), 0));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

/** Opens `url` in a fresh page and measures its first render of the generated topology. */
export async function firstRender(browser: Browser, url: string): Promise<FirstRender> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction('window.__firstRender !== undefined', undefined, { timeout: 120_000 });
    await page.waitForTimeout(1000);
    return (await page.evaluate(`({
      ms: Math.round(window.__firstRender),
      domElements: document.querySelectorAll('*').length,
      analysisElements: document.querySelectorAll('section[aria-label="Analysis"] *').length,
    })`)) as FirstRender;
  } finally {
    await page.close();
  }
}
