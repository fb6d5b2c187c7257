import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/WorkspacePage';

// Issue 17's window sizes: the laptop sizes a reviewer tried, 1280×720 in both languages (Japanese words are wider),
// a small laptop where the actions toolbar used to sit on the graph, and a phone.
const SIZES = [
  { label: '1440×900', width: 1440, height: 900, language: 'en' },
  { label: '1280×720', width: 1280, height: 720, language: 'en' },
  { label: '1280×720 Japanese', width: 1280, height: 720, language: 'ja' },
  { label: '1024×768', width: 1024, height: 768, language: 'en' },
  { label: '390×844 phone', width: 390, height: 844, language: 'en' },
] as const;

type Check = 'overlap' | 'click' | 'scroll' | 'long-name' | 'axe-light' | 'axe-dark';

// Defects other areas are fixing in this round (issue 17), by size and check: each case runs as test.fixme with the
// defect named, and turns back on when it passes. Empty when every case runs.
const KNOWN: Partial<Record<(typeof SIZES)[number]['label'], Partial<Record<Check, string>>>> = {};

/** `test`, or `test.fixme` when the case waits on a known defect (named in the case's title). */
function check(label: (typeof SIZES)[number]['label'], which: Check, title: string, body: () => Promise<void>) {
  // FLOATPLAN_MATRIX_ALL=1 runs the waiting cases too, to see which defects are fixed.
  const defect = process.env.FLOATPLAN_MATRIX_ALL ? undefined : KNOWN[label]?.[which];
  if (defect) test.fixme(`${title} (waits on: ${defect})`, body);
  else test(title, body);
}

for (const size of SIZES) {
  test.describe(`workspace at ${size.label}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, locale: size.language === 'ja' ? 'ja-JP' : 'en-US' });

    let workspace: WorkspacePage;

    test.beforeEach(async ({ page }) => {
      workspace = new WorkspacePage(page, size.language);
      await workspace.goto();
      if (size.language === 'ja') {
        // As for the other prerequisites (ARCHITECTURE.md, Tests): skipped with the reason outside CI, a failure in CI.
        const reason = 'no Japanese font, so Japanese words would be measured as narrow boxes: install fonts-noto-cjk';
        if (process.env.CI) expect(await workspace.hasJapaneseFont(), reason).toBe(true);
        else test.skip(!(await workspace.hasJapaneseFont()), reason);
      }
    });

    test.afterEach(() => {
      expect(workspace.errors, 'no uncaught errors or console errors').toEqual([]);
    });

    check(size.label, 'overlap', 'no two controls of the header, the canvas toolbars and the palette overlap', async () => {
      // Guards against a check that passes because it found nothing to compare.
      expect((await workspace.controls()).filter((c) => c.region === 'palette').length).toBeGreaterThan(0);
      expect(await workspace.overlaps(), 'controls lying on each other').toEqual([]);
    });

    check(size.label, 'click', 'every palette button can be clicked where it is drawn', async () => {
      await expect(workspace.paletteButtons).toHaveCount(6);
      expect(await workspace.unclickablePaletteButtons(), 'palette buttons a pointer cannot reach').toEqual([]);
    });

    check(size.label, 'scroll', 'nothing scrolls sideways and no control sticks out of the window', async () => {
      expect(await workspace.horizontalOverflow(), 'pixels the page scrolls sideways').toBeLessThanOrEqual(0);
      expect(await workspace.cutOff(), 'controls a user cannot bring into view').toEqual([]);
    });

    check(size.label, 'long-name', 'a long topology name moves no control onto another or out of view', async () => {
      // Issue 17: the header re-wrapped with the name, moving its buttons while one typed.
      const before = await workspace.controls();
      await workspace.rename(`Production east ${'and west '.repeat(8)}floating IP listeners`);
      expect(await workspace.overlaps(), 'controls lying on each other').toEqual([]);
      expect(await workspace.cutOff(), 'controls a user cannot bring into view').toEqual([]);
      const after = await workspace.controls();
      const moved = after.filter((c) => {
        const was = before.find((b) => b.name === c.name && b.region === c.region);
        return was && Math.abs(was.box.y - c.box.y) > 1;
      });
      expect(
        moved.map((c) => `${c.region} ${c.name}`),
        'controls that moved up or down',
      ).toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      check(size.label, `axe-${colorScheme}`, `axe finds no serious or critical violations, ${colorScheme} theme`, async () => {
        await workspace.useTheme(colorScheme);
        expect(await workspace.seriousAccessibilityViolations()).toEqual([]);
      });
    }
  });
}

test.describe('the layout checks themselves', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('see a palette moved onto the canvas actions, and a button pushed out of the window', async ({ page }) => {
    const workspace = new WorkspacePage(page);
    await workspace.goto();
    const controls = await workspace.controls();
    const first = controls.find((c) => c.region === 'palette');
    const other = controls.find((c) => c.region === 'canvas');
    expect(first && other, 'a palette button and a canvas action to move it onto').toBeTruthy();
    // The defect issue 17 found in Japanese at 1280×720, made on purpose: the palette lies on the actions.
    await workspace.palette.evaluate(
      (el, [dx, dy]) => ((el as HTMLElement).style.translate = `${dx}px ${dy}px`),
      [other!.box.x - first!.box.x, other!.box.y - first!.box.y],
    );
    expect((await workspace.overlaps()).join('\n')).toContain('palette button');
    expect((await workspace.unclickablePaletteButtons()).length).toBeGreaterThan(0);
    // Pinned past the right edge, out of any row that could scroll it back into view.
    await workspace.palette.evaluate((el) => {
      Object.assign((el as HTMLElement).style, { translate: 'none', position: 'fixed', top: '0', left: `${window.innerWidth - 40}px` });
    });
    expect((await workspace.cutOff()).join('\n')).toContain('palette button');
  });
});
