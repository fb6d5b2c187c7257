import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { InspectorPage } from './pages/InspectorPage';
import { PlannerPage } from './pages/PlannerPage';
import { ScriptsPage } from './pages/ScriptsPage';
import { ShellPage, type ShellLanguage } from './pages/ShellPage';
import { ToolbarPage } from './pages/ToolbarPage';

// Issue 17, the shell: a header that never jumps, a File menu, resizable and maximisable regions, toasts, a phone view.

const DESKTOP: { width: number; height: number; language: ShellLanguage }[] = [
  { width: 1440, height: 900, language: 'en' },
  { width: 1280, height: 720, language: 'en' },
  { width: 1280, height: 720, language: 'ja' },
];
const PHONE = { width: 390, height: 844 };
const LONG_NAME =
  'Production SQL Server Always On listener for the payments platform in West Europe, second availability group, with a very long name';

async function open(page: Page, size: { width: number; height: number }, language: ShellLanguage = 'en') {
  await page.setViewportSize(size);
  const shell = new ShellPage(page, language);
  await shell.goto();
  if (language !== 'en') await shell.chooseLanguage(language);
  return shell;
}

for (const { width, height, language } of DESKTOP) {
  test.describe(`shell at ${width}×${height}, ${language}`, () => {
    test('the header keeps one row whatever the name, and stays off the canvas', async ({ page }) => {
      const shell = await open(page, { width, height }, language);
      const short = await shell.headerHeight();
      await shell.rename('A');
      expect(await shell.headerHeight()).toBe(short);
      await shell.rename(LONG_NAME);
      expect(await shell.headerHeight()).toBe(short);
      // One line with an ellipsis; the whole name in the tooltip.
      await expect(shell.topologyName).toHaveAttribute('title', LONG_NAME);
      const lines = await shell.topologyName.evaluate((el) =>
        Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
      );
      expect(lines).toBe(1);
      // Undo/Redo stay visible; the File menu and the lesson sit on the same row as the title.
      const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      for (const control of [
        shell.fileMenu,
        page.getByRole('button', { name: /Undo|元に戻す/ }),
        page.locator('#floatplan-lesson-button'),
      ]) {
        await expect(control).toBeVisible();
        const box = (await control.boundingBox())!;
        expect(Math.abs(box.y + box.height / 2 - (title.y + title.height / 2))).toBeLessThan(8);
      }
      const header = (await shell.header.boundingBox())!;
      const canvas = (await page.locator('[data-region="canvas"]').boundingBox())!;
      expect(header.y + header.height).toBeLessThanOrEqual(canvas.y);
      expect(await shell.pageScrolls()).toBe(false);
    });

    test('the File menu works from the keyboard', async ({ page }) => {
      const shell = await open(page, { width, height }, language);
      await shell.fileMenu.focus();
      await expect(shell.fileMenu).toHaveAttribute('aria-haspopup', 'menu');
      await page.keyboard.press('Enter');
      await expect(shell.fileMenu).toHaveAttribute('aria-expanded', 'true');
      const items = shell.menu.getByRole('menuitem');
      await expect(items.first()).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(items.nth(1)).toBeFocused();
      await page.keyboard.press('End');
      await expect(items.last()).toBeFocused();
      await page.keyboard.press('ArrowDown'); // wraps round
      await expect(items.first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(shell.menu).toBeHidden();
      await expect(shell.fileMenu).toBeFocused();
      await expect(shell.fileMenu).toHaveAttribute('aria-expanded', 'false');
      // Arrow Up opens on the last item; Enter on "New" runs it, closes the menu and leaves the focus on its button.
      await page.keyboard.press('ArrowUp');
      await expect(items.last()).toBeFocused();
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await expect(shell.menu).toBeHidden();
      await expect(shell.fileMenu).toBeFocused();
      await expect(page.getByRole('button', { name: /Undo|元に戻す/ })).toBeEnabled();
    });

    test('a separator resizes from the keyboard and the size survives a reload', async ({ page }) => {
      const shell = await open(page, { width, height }, language);
      const before = (await shell.analysisRegion.boundingBox())!.height;
      await shell.analysisSeparator.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
      await expect.poll(async () => (await shell.analysisRegion.boundingBox())!.height).toBeGreaterThan(before + 40);
      const after = (await shell.analysisRegion.boundingBox())!.height;
      const value = await shell.analysisSeparator.getAttribute('aria-valuenow');
      await page.reload();
      await expect(shell.analysisSeparator).toHaveAttribute('aria-valuenow', value!);
      expect(Math.abs((await shell.analysisRegion.boundingBox())!.height - after)).toBeLessThan(2);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds nothing serious with the File menu open, ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const shell = await open(page, { width, height }, language);
        await shell.fileMenu.click();
        await expect(shell.menu).toBeVisible();
        expect(await shell.seriousViolations()).toEqual([]);
      });
    }
  });
}

test.describe('shell at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('maximising the analysis panel shows at least 30 lines of a script, and restores', async ({ page }) => {
    // A returning visitor: the first visit's welcome banner was dismissed.
    await page.addInitScript(() => localStorage.setItem('floatplan.welcome.v1', 'dismissed'));
    const shell = await open(page, { width: 1440, height: 900 });
    const scripts = new ScriptsPage(page);
    await scripts.open();
    const restored = (await shell.analysisRegion.boundingBox())!.height;
    const toggle = shell.maximise('analysis');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await scripts.shownText().then((t) => t.split('\n').length)).toBeGreaterThanOrEqual(30);
    // Lines of code on screen at once, as laid out: the code block's box, cut by its panel and the viewport.
    await expect
      .poll(() =>
        scripts.code.evaluate((pre) => {
          const style = getComputedStyle(pre);
          const box = pre.getBoundingClientRect();
          const region = pre.closest('[data-region]')!.getBoundingClientRect();
          const top = Math.max(box.top + parseFloat(style.paddingTop), region.top, 0);
          const bottom = Math.min(box.bottom - parseFloat(style.paddingBottom), region.bottom, innerHeight);
          return Math.floor((bottom - top) / parseFloat(style.lineHeight));
        }),
      )
      .toBeGreaterThanOrEqual(30);
    expect(await shell.pageScrolls()).toBe(false);
    // The other regions are out of the way and out of the tab order meanwhile.
    await expect(page.locator('[data-region="canvas"]')).toHaveAttribute('inert', '');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => Math.round((await shell.analysisRegion.boundingBox())!.height)).toBe(Math.round(restored));
    await expect(page.locator('[data-region="canvas"]')).not.toHaveAttribute('inert', '');
  });

  test('Get script brings back a collapsed analysis panel', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('floatplan.welcome.v1', 'dismissed'));
    const shell = await open(page, { width: 1440, height: 900 });
    // End on a focused separator gives the panel before it all the room it can take: the analysis panel collapses.
    await shell.analysisSeparator.focus();
    await page.keyboard.press('End');
    await expect(shell.analysisRegion).toHaveAttribute('inert', '');
    await new CanvasPage(page).node('vm:VM2').locator('.fp-node__name').click();
    await new InspectorPage(page, new PlannerPage(page)).getScript('VM2').click();
    await expect(shell.analysisRegion).not.toHaveAttribute('inert', '');
    await expect(new ScriptsPage(page).tab).toHaveAttribute('aria-selected', 'true');
    expect((await shell.analysisRegion.boundingBox())!.height).toBeGreaterThan(200);
  });

  test('corrupt stored sizes do not break the page', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('floatplan.layout.v1.outer.wide', '{"main": "x"');
      localStorage.setItem('floatplan.layout.v1.inner.wide', '{"canvas": 400, "side": -300}');
    });
    const shell = await open(page, { width: 1440, height: 900 });
    const canvas = (await page.locator('[data-region="canvas"]').boundingBox())!;
    const analysis = (await shell.analysisRegion.boundingBox())!;
    expect(canvas.height).toBeGreaterThan(200);
    expect(canvas.width).toBeGreaterThan(600);
    expect(analysis.height).toBeGreaterThan(200);
  });

  test('a toast closes by itself over the canvas; one holding a download stays', async ({ page }) => {
    // Unreadable saved work: its notice offers the raw data as a download, so it must not vanish.
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('floatplan.topology.v1', '{"version": 1, "name": ');
      sessionStorage.setItem('seeded', '1');
    });
    const shell = await open(page, { width: 1440, height: 900 });
    const toolbar = new ToolbarPage(page);
    const kept = toolbar.notice('could not be restored');
    await expect(kept).toBeVisible();
    await expect(kept.getByRole('button', { name: /^Download/ })).toBeVisible();
    await toolbar.file('New');
    const started = toolbar.notice('Started a new, empty topology');
    await expect(started).toBeVisible();
    await expect(started).toHaveAttribute('role', 'status');
    await expect(kept).toHaveAttribute('role', 'alert');
    // Over the canvas, never over the analysis panel (its mapping columns or a script).
    const toast = (await started.boundingBox())!;
    const canvas = (await page.locator('[data-region="canvas"]').boundingBox())!;
    const analysis = (await shell.analysisRegion.boundingBox())!;
    expect(toast.y + toast.height).toBeLessThanOrEqual(analysis.y);
    expect(toast.x).toBeGreaterThanOrEqual(canvas.x);
    await expect(started).toBeHidden({ timeout: 20_000 });
    await expect(kept).toBeVisible();
  });
});

test.describe('shell on a phone (390×844)', () => {
  test('the header folds into one Menu and the workspace stacks', async ({ page }) => {
    const shell = await open(page, PHONE);
    await expect(shell.fileMenu).toHaveCount(0);
    const short = await shell.headerHeight();
    await shell.rename(LONG_NAME);
    expect(await shell.headerHeight()).toBe(short);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await shell.phoneMenu.click();
    await expect(shell.phoneMenu).toHaveAttribute('aria-expanded', 'true');
    const sheet = page.locator('#' + (await shell.phoneMenu.getAttribute('aria-controls'))!.replace(/:/g, '\\:'));
    for (const name of ['New', 'Open…', 'Import…', 'Save', 'Share link'])
      await expect(sheet.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(sheet.getByLabel('Example topology')).toBeVisible();
    await expect(sheet.getByRole('combobox', { name: 'Language' })).toBeVisible();
    await expect(sheet.getByRole('combobox', { name: 'Theme' })).toBeVisible();
    expect(await shell.seriousViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(shell.phoneMenu).toBeFocused();
    // Canvas above the analysis panel, both of a usable height, and nothing wider than the screen.
    const canvas = (await page.locator('[data-region="canvas"]').boundingBox())!;
    const analysis = (await shell.analysisRegion.boundingBox())!;
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(analysis.y);
    expect(canvas.height).toBeGreaterThan(200);
    expect(analysis.height).toBeGreaterThan(200);
    expect(await shell.pageScrolls()).toBe(false);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const shell = await open(page, PHONE);
      expect(await shell.seriousViolations()).toEqual([]);
    });
  }
});

test('at 1024 px the header stays on one row and off the canvas', async ({ page }) => {
  const shell = await open(page, { width: 1024, height: 768 });
  // The example's whole name is in the select's tooltip where the select is too narrow to show it.
  await expect(page.getByLabel('Example topology')).toHaveAttribute('title', /Rule type 2/);
  await shell.rename(LONG_NAME);
  const header = (await shell.header.boundingBox())!;
  expect(header.height).toBeLessThan(60);
  const canvas = (await page.locator('[data-region="canvas"]').boundingBox())!;
  expect(header.y + header.height).toBeLessThanOrEqual(canvas.y);
});
