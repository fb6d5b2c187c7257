import type { Page } from '@playwright/test';

/** Median and spread of repeated timings, in ms. */
export interface Timing {
  samples: number;
  median: number;
  max: number;
}

/** What a user waits for on one page: a floating IP toggle, and opening each of the heavier tabs. */
export interface InteractionStats {
  edit: Timing;
  /** The first opening of a tab (loads its code) and re-openings after another tab. */
  tabs: Record<TabName, { first: number; reopen: Timing }>;
}

export const TABS = ['Trace', 'Scripts', 'Export'] as const;
export type TabName = (typeof TABS)[number];

// The page-side helpers, as a string: tsx's name-keeping helper (__name) does not exist in the page.
// `painted` resolves after the frame that shows the current DOM has been produced (rAF, then a task).
const HELPERS = `
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const until = (test) => new Promise((done, fail) => {
    const started = performance.now();
    const check = () => {
      if (test()) done();
      else if (performance.now() - started > 60000) fail(new Error('timed out'));
      else requestAnimationFrame(check);
    };
    check();
  });
  const floatingSwitch = () => [...document.querySelectorAll('input[role="switch"]')]
    .find((i) => [...(i.labels ?? [])].some((l) => l.textContent.includes('Floating IP')));
  // rule1's node on the canvas says "Floating IP on" or "off": the edit is done when it agrees with the switch.
  const nodeSays = (on) => (document.querySelector('.react-flow__node[data-id$="/rule:rule1"]')?.textContent ?? '').includes(on ? 'Floating IP on' : 'Floating IP off');
  const tab = (name) => [...document.querySelectorAll('[role="tab"]')].find((b) => b.textContent.trim().startsWith(name));
  const panelOf = (name) => document.getElementById(tab(name).getAttribute('aria-controls'));
`;

// What shows that a tab has done its work: the trace's diagram (not its "loading" line, .trace-empty), the script's or
// the export's text.
const READY: Record<TabName, string> = {
  Trace: '.trace-diagram svg',
  Scripts: 'figure pre',
  Export: 'figure pre',
};

/** Selects rule1 on the canvas and waits until the inspector shows its floating IP switch. */
async function selectRule1(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    ${HELPERS}
    const node = document.querySelector('.react-flow__node[data-id$="/rule:rule1"]');
    node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => floatingSwitch() !== undefined);
    await painted();
  })()`);
}

/**
 * Time from a click on rule1's floating IP switch to the painted frame where both the switch and rule1's node on the
 * canvas show the new state, `rounds` times. The large topology's findings come later from the analysis worker (its
 * status bar says so); the small one's are part of the edit.
 */
async function editLatency(page: Page, rounds: number): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    times.push(
      (await page.evaluate(`(async () => {
      ${HELPERS}
      const input = floatingSwitch();
      const was = input.checked;
      const t0 = performance.now();
      input.click();
      await until(() => floatingSwitch()?.checked === !was && nodeSays(!was));
      await painted();
      return performance.now() - t0;
    })()`)) as number,
    );
    // Lets deferred work (hidden tabs, the idle analysis of large topologies) settle between samples.
    await page.waitForTimeout(300);
  }
  return timing(times);
}

/** Time from a click on a tab to the painted frame where its content is ready. */
async function openTab(page: Page, name: TabName): Promise<number> {
  return (await page.evaluate(`(async ([name, ready]) => {
    ${HELPERS}
    const t0 = performance.now();
    tab(name).click();
    await until(() => tab(name).getAttribute('aria-selected') === 'true' && panelOf(name).querySelector(ready) !== null);
    await painted();
    return performance.now() - t0;
  })(${JSON.stringify([name, READY[name]])})`)) as number;
}

/** Goes back to the Mapping tab (the app's first tab) and lets it settle. */
async function backToMapping(page: Page): Promise<void> {
  await page.evaluate(`(async () => { ${HELPERS} tab('Mapping').click(); await painted(); })()`);
  await page.waitForTimeout(200);
}

/** On a loaded app page: edit latency, then each tab's first opening and its re-openings. */
export async function interactions(page: Page, rounds = 8): Promise<InteractionStats> {
  await selectRule1(page);
  const edit = await editLatency(page, rounds);
  const tabs = {} as InteractionStats['tabs'];
  for (const name of TABS) {
    await backToMapping(page);
    const first = await openTab(page, name);
    const again: number[] = [];
    // As many re-openings as edits: the small topology's re-opening is ~10 ms, so a few samples swing its median.
    for (let i = 0; i < rounds; i++) {
      await backToMapping(page);
      again.push(await openTab(page, name));
    }
    tabs[name] = { first: round(first), reopen: timing(again) };
  }
  await backToMapping(page);
  return { edit, tabs };
}

/** The median (and max) of a list of timings. */
export function timing(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { samples: times.length, median: round(sorted[Math.floor(sorted.length / 2)]!), max: round(sorted[sorted.length - 1]!) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
