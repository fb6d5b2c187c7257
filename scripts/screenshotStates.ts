// The workspace states `npm run screenshots` pictures, in order. Each opens a fresh page (the default example, the
// welcome already dismissed unless firstVisit) and drives it as a user would, by roles and English names.

import type { Page } from 'playwright-core';

/** One state to picture: where to open, in what window, theme and language, and how to get there. */
export interface ScreenshotState {
  /** File name part: `trace` gives `06-trace.png`. */
  name: string;
  /** The address to open (default `/`). */
  path?: string;
  /** Default 1440×900. */
  viewport?: { width: number; height: number };
  /** The system theme the app follows (default light). */
  colorScheme?: 'light' | 'dark';
  /** The browser language (default en-US). */
  locale?: string;
  /** Keep the first visit's welcome. */
  firstVisit?: boolean;
  /** Brings the page into the state. */
  drive?: (page: Page) => Promise<unknown>;
}

async function openTab(page: Page, name: RegExp) {
  await page.getByRole('tab', { name }).first().click();
  await page.locator('[role="tabpanel"]:not([hidden])').first().waitFor();
}

async function startLesson(page: Page) {
  await page.getByRole('button', { name: 'Lesson', exact: true }).first().click();
  await page.getByRole('button', { name: 'Start the lesson', exact: true }).click();
  await page.locator('.lesson__step-of').waitFor();
}

async function largeTopology(page: Page) {
  // ?bench=1 is the generated ~1,000-element topology of `npm run bench:canvas` (src/features/canvas/useBenchLoader.ts).
  await page.locator('.react-flow__node[data-id="vm:vm0"]').waitFor({ timeout: 60_000 });
}

/** Issue 17's main states, in the order a reviewer would walk through them. */
export const SCREENSHOT_STATES: ScreenshotState[] = [
  { name: 'first-visit', firstVisit: true },
  { name: 'default-light' },
  { name: 'default-dark', colorScheme: 'dark' },
  { name: 'mapping', drive: (page) => openTab(page, /^Mapping/) },
  { name: 'diagnostics', drive: (page) => openTab(page, /^Diagnostics/) },
  { name: 'trace', drive: (page) => openTab(page, /^Trace/) },
  { name: 'scripts', drive: (page) => openTab(page, /^Scripts/) },
  { name: 'export', drive: (page) => openTab(page, /^Export/) },
  {
    name: 'vm-selected',
    drive: async (page) => {
      await page.locator('.react-flow__node[data-id^="vm:"]').first().click();
      await page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { level: 2, name: /^VM / }).waitFor();
    },
  },
  { name: 'lesson-step-1', drive: startLesson },
  {
    name: 'lesson-step-2',
    drive: async (page) => {
      await startLesson(page);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.locator('.lesson__step-of', { hasText: /\b2\b/ }).waitFor();
    },
  },
  {
    name: 'empty-canvas',
    firstVisit: true,
    drive: async (page) => {
      await page.getByRole('button', { name: 'Start from empty', exact: true }).first().click();
      await page.getByRole('region', { name: 'The canvas is empty' }).waitFor();
    },
  },
  {
    name: 'japanese',
    locale: 'ja-JP',
    drive: (page) => page.locator('html[lang="ja"]').waitFor({ state: 'attached' }),
  },
  { name: 'large-topology', path: '/?bench=1', drive: largeTopology },
  {
    name: 'large-diagnostics',
    path: '/?bench=1',
    drive: async (page) => {
      await largeTopology(page);
      await openTab(page, /^Diagnostics/);
    },
  },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];
