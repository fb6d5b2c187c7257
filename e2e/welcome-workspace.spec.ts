import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { LessonPage, ENGLISH, JAPANESE } from './pages/LessonPage';
import { PlannerPage } from './pages/PlannerPage';
import { WELCOME_ENGLISH, WELCOME_JAPANESE, WELCOME_KEY, WelcomePage } from './pages/WelcomePage';

// Issue 17, first visit: one line on what Floatplan is and three starts (an example, empty, the lesson), non-modal,
// dismissed for good; an empty canvas offers the same starts.
test.describe.configure({ timeout: 60_000 });

const SIZES = [
  { name: '1440x900', width: 1440, height: 900, language: 'en' },
  { name: '1280x720', width: 1280, height: 720, language: 'en' },
  { name: '1280x720 Japanese', width: 1280, height: 720, language: 'ja' },
  { name: '390x844', width: 390, height: 844, language: 'en' },
] as const;

/** The example's nodes, which the built-in example and "Try an example" put on the canvas. */
const EXAMPLE_NODES = ['frontend:FIP1', 'frontend:FIP2', 'rule:rule1', 'rule:rule2', 'backendPool:pool', 'vm:VM1', 'vm:VM2'];

async function open(page: Page, size: (typeof SIZES)[number]) {
  await page.setViewportSize({ width: size.width, height: size.height });
  if (size.language === 'ja') await page.addInitScript(() => localStorage.setItem('floatplan.language', 'ja'));
  const planner = new PlannerPage(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Floatplan' })).toBeVisible();
  const welcome = new WelcomePage(page, size.language === 'ja' ? WELCOME_JAPANESE : WELCOME_ENGLISH);
  return { planner, welcome, lesson: new LessonPage(page, size.language === 'ja' ? JAPANESE : ENGLISH) };
}

/** A node of the canvas by id, in either language (the canvas's name is translated). */
const node = (page: Page, id: string) => page.locator(`.react-flow__node:is([data-id="${id}"], [data-id$="/${id}"])`);

for (const size of SIZES) {
  test.describe(`first visit at ${size.name}`, () => {
    test('says what Floatplan is and offers three starts, inside the screen and clickable', async ({ page }) => {
      const { planner, welcome } = await open(page, size);
      await expect(welcome.banner).toBeVisible();
      await expect(welcome.banner).toContainText(
        size.language === 'ja' ? 'フローティング IP' : 'Floatplan plans Azure Load Balancer floating IP',
      );
      for (const which of ['example', 'empty', 'lesson'] as const) {
        const button = welcome.start(welcome.banner, which);
        await expect(button).toBeVisible();
        const box = (await button.boundingBox())!;
        expect(box.x, which).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, which).toBeLessThanOrEqual(size.width);
        // Nothing lies over the button: the element at its centre is the button (or inside it).
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent ?? '',
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(hit, which).toBe(welcome.words[which]);
      }
      // Non-modal: the canvas beneath stays usable.
      await expect(node(page, 'rule:rule1')).toBeVisible();
      await node(page, 'rule:rule1').click();
      await expect(node(page, 'rule:rule1')).toHaveClass(/selected/);
      await expect(welcome.banner).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways page scroll').toBe(true);
      expect(planner.errors).toEqual([]);
    });

    test('“Try an example” shows the example, and the welcome stays away after a reload', async ({ page }) => {
      const { planner, welcome } = await open(page, size);
      await welcome.start(welcome.banner, 'example').click();
      await expect(welcome.banner).toHaveCount(0);
      for (const id of EXAMPLE_NODES) await expect(node(page, id)).toBeAttached();
      await page.reload();
      await expect(node(page, 'rule:rule1')).toBeAttached();
      await expect(welcome.banner).toHaveCount(0);
      expect(planner.errors).toEqual([]);
    });

    test('“Start from empty” empties the canvas, whose card offers the starts again', async ({ page }) => {
      const { planner, welcome } = await open(page, size);
      await welcome.start(welcome.banner, 'empty').click();
      await expect(welcome.banner).toHaveCount(0);
      await expect(page.locator('.react-flow__node:not(.react-flow__node-loadBalancer)')).toHaveCount(0);
      await expect(welcome.card).toBeVisible();
      const card = (await welcome.card.boundingBox())!;
      const canvas = (await page.locator('.react-flow').boundingBox())!;
      expect(card.x).toBeGreaterThanOrEqual(canvas.x);
      expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width + 0.5);
      // The card's example start fills the canvas; the card goes with the emptiness.
      await welcome.start(welcome.card, 'example').click();
      for (const id of EXAMPLE_NODES) await expect(node(page, id)).toBeAttached();
      await expect(welcome.card).toHaveCount(0);
      expect(planner.errors).toEqual([]);
    });

    test('“Take the lesson” opens the lesson', async ({ page }) => {
      const { planner, welcome, lesson } = await open(page, size);
      await welcome.start(welcome.banner, 'lesson').click();
      await expect(lesson.panel).toBeVisible();
      await expect(welcome.banner).toHaveCount(0);
      await lesson.action(lesson.words.start).click();
      await expect(lesson.stepOf).toBeVisible();
      expect(planner.errors).toEqual([]);
    });
  });
}

test.describe('dismissing the welcome', () => {
  test('the close button dismisses it for good', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await page.goto('/');
    await welcome.close.click();
    await expect(welcome.banner).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), WELCOME_KEY)).toBe('dismissed');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Floatplan' })).toBeVisible();
    await expect(welcome.banner).toHaveCount(0);
  });

  test('Escape inside it dismisses it', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await page.goto('/');
    await welcome.start(welcome.banner, 'empty').focus();
    await page.keyboard.press('Escape');
    await expect(welcome.banner).toHaveCount(0);
    await expect(page.locator('.react-flow__node[data-id$="/rule:rule1"]'), 'Escape chose no start').toBeAttached();
  });

  test('a corrupt value in storage counts as a first visit, and the page works', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{"not json'), WELCOME_KEY);
    const planner = new PlannerPage(page);
    const welcome = new WelcomePage(page);
    await page.goto('/');
    await expect(welcome.banner).toBeVisible();
    await welcome.close.click();
    await expect(welcome.banner).toHaveCount(0);
    expect(planner.errors).toEqual([]);
  });

  test('saved work means this is not a first visit', async ({ page }) => {
    const canvas = new CanvasPage(page);
    const welcome = new WelcomePage(page);
    await page.goto('/');
    await expect(welcome.banner).toBeVisible();
    // An edit (a node moved) is saved by autosave; the welcome was never dismissed.
    await canvas.dragNode('vm:VM2', 60, 40);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('floatplan.topology.v1') !== null)).toBe(true);
    await page.reload();
    await expect(page.locator('.react-flow__node[data-id="vm:VM2"]')).toBeAttached();
    await expect(welcome.banner).toHaveCount(0);
  });

  test('“Start from empty” on the empty card puts it away, leaving the canvas to build on', async ({ page }) => {
    const canvas = new CanvasPage(page);
    const welcome = new WelcomePage(page);
    await page.goto('/');
    await welcome.start(welcome.banner, 'empty').click();
    await expect(welcome.card).toBeVisible();
    await welcome.start(welcome.card, 'empty').click();
    await expect(welcome.card).toHaveCount(0);
    await expect(page.locator('.fp-canvas__empty-card'), 'no empty frame is left').toBeHidden();
    await canvas.paletteItem('VM').press('Enter');
    await expect(page.locator('.react-flow__node:not(.react-flow__node-loadBalancer)')).toHaveCount(1);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`welcome accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violations in the banner and the empty card', async ({ page }) => {
      const welcome = new WelcomePage(page);
      await page.goto('/');
      await expect(welcome.banner).toBeVisible();
      expect(await welcome.seriousAccessibilityViolations('section.welcome'), 'banner').toEqual([]);
      await welcome.start(welcome.banner, 'empty').click();
      await expect(welcome.card).toBeVisible();
      expect(await welcome.seriousAccessibilityViolations('section.welcome-card'), 'empty card').toEqual([]);
    });
  });
}
