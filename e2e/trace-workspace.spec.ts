import { expect, test, type Page } from '@playwright/test';
import { LanguagePage } from './pages/LanguagePage';
import { PlannerPage } from './pages/PlannerPage';
import { TracePage } from './pages/TracePage';

// Issue 17, the Trace tab in the workspace: the stepper and the diagram first, the what-if switches in a collapsible
// side column; hops a failing packet never reaches greyed, the failing hop red on the canvas; the reply's swap marked
// in "This hop"; the probe's arrow from the Azure platform's lifeline (168.63.129.16).

const NO_LOOPBACK = { en: 'No loopback address for the frontend IP', ja: 'フロントエンド IP のループバック アドレスがない' } as const;

const SIZES = [
  { size: '1440x900', viewport: { width: 1440, height: 900 }, languages: ['en', 'ja'] as const, desktop: true },
  { size: '1280x720', viewport: { width: 1280, height: 720 }, languages: ['en', 'ja'] as const, desktop: true },
  { size: '390x844', viewport: { width: 390, height: 844 }, languages: ['en'] as const, desktop: false },
];

async function openTrace(page: Page, language: 'en' | 'ja') {
  const planner = new PlannerPage(page);
  await planner.goto();
  if (language === 'ja') await new LanguagePage(page).choose('ja');
  const trace = new TracePage(page, language);
  await trace.open();
  return { planner, trace };
}

/** A canvas wire by its ends (by test id: the canvas region's name changes with the language). */
// A canvas wire by its ends written inside their load balancer (`rule:rule1`), whichever load balancer holds them.
const end = (id: string, side: 'source' | 'target') =>
  id.startsWith('vm:')
    ? side === 'source'
      ? `[data-id^="${id}->"]`
      : `[data-id$="->${id}"]`
    : side === 'source'
      ? `[data-id*="/${id}->"]`
      : `[data-id$="/${id}"]`;
const edge = (page: Page, source: string, target: string) =>
  page.locator(`.react-flow__edge${end(source, 'source')}${end(target, 'target')}`);

/** The computed stroke and dash of a canvas wire's path. */
function strokeOf(page: Page, source: string, target: string) {
  return edge(page, source, target)
    .locator('.react-flow__edge-path')
    .evaluate((path) => {
      const s = getComputedStyle(path);
      return { stroke: s.stroke, dash: s.strokeDasharray };
    });
}

for (const { size, viewport, languages, desktop } of SIZES) {
  for (const language of languages) {
    test.describe(`Trace workspace at ${size}, ${language}`, () => {
      test.use({ viewport });

      test('opens on the stepper and the diagram; the what-if column folds by keyboard and is remembered', async ({ page }) => {
        const { planner, trace } = await openTrace(page, language);
        // Collapsed on open: one button, the switches hidden; the stepper in view without scrolling.
        await expect(trace.whatIfToggle).toHaveAttribute('aria-expanded', 'false');
        await expect(trace.whatIf(NO_LOOPBACK[language])).toBeHidden();
        if (desktop) {
          await expect(trace.stepper).toBeInViewport();
          await expect(trace.diagram).toBeInViewport();
        } else {
          // On a phone the panel scrolls with the page: the folded column is one line above the stepper.
          await trace.stepper.scrollIntoViewIfNeeded();
          await expect(trace.stepper).toBeInViewport();
          const [toggle, stepper] = [await trace.whatIfToggle.boundingBox(), await trace.stepper.boundingBox()];
          expect(toggle!.y + toggle!.height).toBeLessThanOrEqual(stepper!.y);
          await page.screenshot({ path: test.info().outputPath('phone-trace.png') });
        }

        await trace.whatIfToggle.focus();
        await page.keyboard.press('Enter');
        await expect(trace.whatIfToggle).toHaveAttribute('aria-expanded', 'true');
        await expect(trace.whatIf(NO_LOOPBACK[language])).toBeVisible();
        await expect(trace.whatIfGroup).toBeVisible();
        // On wide screens the column opens beside the stepper and the diagram, not above them.
        if (desktop) {
          await expect(trace.stepper).toBeInViewport();
          await expect(trace.diagram).toBeInViewport();
        }
        await page.keyboard.press('Space');
        await expect(trace.whatIfToggle).toHaveAttribute('aria-expanded', 'false');
        await expect(trace.whatIfGroup).toBeHidden();
        await page.keyboard.press('Enter');
        await expect(trace.whatIfToggle).toHaveAttribute('aria-expanded', 'true');

        // Kept while the app runs: leave the tab and come back.
        await (language === 'en' ? planner.openMapping() : page.getByRole('tab', { name: /^マッピング/ }).click());
        await trace.open();
        await expect(trace.whatIfToggle).toHaveAttribute('aria-expanded', 'true');
        await expect(trace.whatIf(NO_LOOPBACK[language])).toBeVisible();
        expect(planner.errors).toEqual([]);
      });

      test('a failing what-if greys the hops never reached and draws the failing hop red on the canvas', async ({ page }) => {
        const { planner, trace } = await openTrace(page, language);
        await trace.forward.click();
        await trace.expectHop(2);
        // Before any what-if: hop 2's wires in the normal highlight.
        const normal = desktop ? await strokeOf(page, 'rule:rule1', 'backendPool:pool') : undefined;

        await trace.showWhatIf();
        await trace.whatIf(NO_LOOPBACK[language]).check();
        await expect(trace.hopItems.nth(1)).toHaveAttribute('data-status', 'failed');
        for (const i of [2, 3]) {
          await expect(trace.hopItems.nth(i)).toHaveAttribute('data-status', 'not-reached');
          await expect(trace.hopItems.nth(i)).toHaveClass(/is-not-reached/);
          // Greyed for the eye, and said in words for a screen reader.
          await expect(trace.hopItems.nth(i)).toContainText(`(${trace.words.notReached})`);
        }
        await expect(trace.hopItems.nth(0)).not.toHaveClass(/is-not-reached/);
        await expect(trace.headers).not.toHaveClass(/trace-headers--not-reached/);

        if (desktop) {
          for (const [s, t] of [
            ['rule:rule1', 'backendPool:pool'],
            ['backendPool:pool', 'vm:VM1'],
          ] as const) {
            await expect(edge(page, s, t)).toHaveClass(/fp-edge--traced/);
            await expect(edge(page, s, t)).toHaveClass(/fp-edge--failing/);
          }
          const failing = await strokeOf(page, 'rule:rule1', 'backendPool:pool');
          expect(failing.stroke, 'the failing hop is not drawn in the normal highlight colour').not.toBe(normal!.stroke);
          expect(failing.dash).not.toBe('none');
        }

        await trace.forward.click();
        await trace.expectHop(3);
        await expect(trace.headers).toHaveClass(/trace-headers--not-reached/);
        await expect(trace.headers.locator('caption')).toContainText(trace.words.notReached);
        // The packet is stuck at hop 2: its wires stay red while the stepper shows the hops it never reaches.
        if (desktop) await expect(edge(page, 'rule:rule1', 'backendPool:pool')).toHaveClass(/fp-edge--failing/);

        await trace.whatIf(NO_LOOPBACK[language]).uncheck();
        await expect(trace.hopItems.locator('.is-not-reached')).toHaveCount(0);
        await expect(trace.headers).not.toHaveClass(/trace-headers--not-reached/);
        if (desktop) {
          await expect(edge(page, 'backendPool:pool', 'vm:VM1')).toHaveClass(/fp-edge--traced/);
          await expect(page.locator('.fp-edge--failing')).toHaveCount(0);
        }
        expect(planner.errors).toEqual([]);
      });

      test('the reply marks its source/destination swap; the probe arrow starts at the 168.63.129.16 lifeline', async ({ page }) => {
        const { planner, trace } = await openTrace(page, language);
        await trace.forward.click();
        await trace.forward.click();
        await trace.expectHop(3);
        for (const field of ['srcIp', 'srcPort', 'dstIp', 'dstPort'] as const) {
          await expect(trace.header(field)).toHaveAttribute('data-changed', 'true');
          await expect(trace.header(field)).toHaveAttribute('data-mark', 'swapped');
          await expect(trace.header(field)).toContainText(trace.words.swapped);
        }
        await trace.forward.click();
        await trace.expectHop(4);
        await expect(trace.header('srcIp')).toHaveAttribute('data-mark', 'same');

        const probe = await trace.probeGeometry();
        expect(probe.tail).toBe(Math.min(...probe.lifelines));
        expect(probe.leftmostBox).toContain('168.63.129.16');
        expect(probe.leftmostBox).toContain(language === 'en' ? 'Azure platform' : 'Azure プラットフォーム');
        expect(planner.errors).toEqual([]);
      });
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: the Trace workspace with the what-if column open and a failing hop is clean, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    const { trace } = await openTrace(page, 'en');
    expect(await trace.seriousAccessibilityViolations()).toEqual([]);
    await trace.showWhatIf();
    await trace.whatIf(NO_LOOPBACK.en).check();
    await trace.forward.click();
    await trace.forward.click();
    await trace.expectHop(3);
    await expect(trace.headers).toHaveClass(/trace-headers--not-reached/);
    expect(await trace.seriousAccessibilityViolations()).toEqual([]);
  });
}
