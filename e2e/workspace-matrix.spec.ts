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

type Check = 'overlap' | 'click' | 'scroll' | 'axe-light' | 'axe-dark';

// Defects other areas are fixing in this round (issue 17), by size and check: each case runs as test.fixme with the
// defect named, and turns back on when it passes. Empty when every case runs.
const FIND_ON_PALETTE = 'the canvas find box lies on the palette (find box and canvas toolbars layout)';
const PHONE_CUT_OFF = 'the palette and the canvas actions are cut off at the right edge (phone layout)';
const ADD_WIRED_CONTRAST = 'the add-and-wire buttons on canvas nodes lack colour contrast';
const AXE = { 'axe-light': ADD_WIRED_CONTRAST, 'axe-dark': ADD_WIRED_CONTRAST };
const KNOWN: Partial<Record<(typeof SIZES)[number]['label'], Partial<Record<Check, string>>>> = {
  '1440×900': { overlap: FIND_ON_PALETTE, click: FIND_ON_PALETTE, ...AXE },
  '1280×720': { overlap: FIND_ON_PALETTE, click: FIND_ON_PALETTE, ...AXE },
  '1280×720 Japanese': {
    overlap: 'the palette runs under the find box and the canvas actions toolbar',
    click: 'the VM palette button is under the canvas actions toolbar',
    ...AXE,
  },
  '1024×768': AXE,
  '390×844 phone': { click: PHONE_CUT_OFF, scroll: PHONE_CUT_OFF, ...AXE },
};

/** `test`, or `test.fixme` when the case waits on a known defect (named in the case's title). */
function check(label: (typeof SIZES)[number]['label'], which: Check, title: string, body: () => Promise<void>) {
  const defect = KNOWN[label]?.[which];
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
      await expect(workspace.paletteButtons).toHaveCount(5);
      expect(await workspace.unclickablePaletteButtons(), 'palette buttons a pointer cannot reach').toEqual([]);
    });

    check(size.label, 'scroll', 'nothing scrolls sideways and no control sticks out of the window', async () => {
      expect(await workspace.horizontalOverflow(), 'pixels the page scrolls sideways').toBeLessThanOrEqual(0);
      expect(await workspace.outsideWindow(), 'controls cut off at the window edge').toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      check(size.label, `axe-${colorScheme}`, `axe finds no serious or critical violations, ${colorScheme} theme`, async () => {
        await workspace.useTheme(colorScheme);
        expect(await workspace.seriousAccessibilityViolations()).toEqual([]);
      });
    }
  });
}
