import { expect, test } from '@playwright/test';
import { aspectOf, overlaps, ScalePage } from './pages/ScalePage';

// Issue 17, large topologies: the ~1,000-element benchmark topology (100 frontends, 300 rules without probes,
// 20 pools, 580 VMs) through the grouped Diagnostics tab, the find box and Arrange.
test.describe.configure({ timeout: 180_000 });

const DESKTOP = [
  { width: 1440, height: 900, language: 'en' },
  { width: 1440, height: 900, language: 'ja' },
  { width: 1280, height: 720, language: 'en' },
  { width: 1280, height: 720, language: 'ja' },
] as const;

for (const { width, height, language } of DESKTOP) {
  test.describe(`${width}×${height}, ${language}`, () => {
    test.use({ viewport: { width, height } });

    test('diagnostics come one group per code with counts, open with the keyboard, a page at a time', async ({ page }) => {
      const scale = new ScalePage(page, language);
      await scale.openBench();
      await scale.openDiagnostics();
      const toggle = scale.groupToggle('NoProbe');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle).toContainText(scale.words.findings(300));
      for (const code of ['FloatingIpGuestConfigRequired', 'FloatingIpOutboundLimitation'])
        await expect(scale.groupToggle(code)).toContainText(scale.words.findings(300));
      // Closed groups render none of their 900 findings.
      await expect(scale.diagnosticsPanel.getByRole('listitem')).toHaveCount(0);
      // A long example line is cut inside its group, not run past the panel.
      const panelRight = (await scale.diagnosticsPanel.boundingBox())!;
      const toggleBox = (await toggle.boundingBox())!;
      expect(toggleBox.x + toggleBox.width).toBeLessThanOrEqual(panelRight.x + panelRight.width + 1);

      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(scale.groupItems('NoProbe')).toHaveCount(100);
      await scale.group('NoProbe').getByRole('button', { name: scale.words.showMore }).click();
      await expect(scale.groupItems('NoProbe')).toHaveCount(200);

      // A finding's Select still selects and reveals its element.
      await scale
        .groupItems('NoProbe')
        .getByRole('button', { name: scale.words.select('rule150'), exact: true })
        .click();
      await expect(scale.node('rule:rule150')).toHaveClass(/selected/);
      await expect.poll(() => scale.inView('rule:rule150')).toBe(true);

      await page.keyboard.press('Shift+Tab');
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(scale.groupItems('NoProbe')).toHaveCount(0);
      expect(scale.errors).toEqual([]);
    });

    test('the find box reveals a VM by name or address, chosen with the keyboard', async ({ page }) => {
      const scale = new ScalePage(page, language);
      await scale.openBench();
      // vm433 is far below the benchmark's first view, so it is not drawn until revealed.
      expect(await scale.inView('vm:vm433')).toBe(false);
      await scale.findWithKeyboard('vm433');
      await expect(scale.node('vm:vm433')).toHaveClass(/selected/);
      await expect.poll(() => scale.inView('vm:vm433')).toBe(true);
      await expect(scale.suggestions).toBeHidden();

      // By address: vm250's NIC is 10.2.1.4; the exact address comes before 10.2.1.40 and the like.
      await scale.find.fill('10.2.1.4');
      await expect(scale.suggestions.getByRole('option').first()).toContainText('vm250');
      await scale.suggestions.getByRole('option').first().click();
      await expect(scale.node('vm:vm250')).toHaveClass(/selected/);
      await expect.poll(() => scale.inView('vm:vm250')).toBe(true);
      expect(scale.errors).toEqual([]);
    });

    test('Arrange lays out a grid near the view’s shape off the page’s thread, as one undo step', async ({ page }) => {
      const scale = new ScalePage(page, language);
      await scale.openBench();
      const before = await scale.node('frontend:fe0').getAttribute('style');
      await scale.countFrames();
      await scale.arrange.click();
      await expect(scale.arrange).toHaveAttribute('aria-busy', 'true');
      await expect(scale.arrange).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
      // The page kept painting while the layout was computed (a blocked page paints no frame).
      expect(await scale.busyFrames()).toBeGreaterThan(5);

      await expect.poll(() => scale.nodes.count(), { timeout: 30_000 }).toBe(1000);
      const boxes = await scale.nodeBoxes();
      expect(overlaps(boxes)).toEqual([]);
      const pane = (await scale.pane.boundingBox())!;
      const ratio = aspectOf(boxes);
      expect(ratio).toBeGreaterThan(pane.width / pane.height / 2);
      expect(ratio).toBeLessThan((pane.width / pane.height) * 2);

      // One undo brings every node back where it was.
      await page.keyboard.press('Control+z');
      await expect(scale.node('frontend:fe0')).toHaveAttribute('style', before!);
      expect(scale.errors).toEqual([]);
    });
  });
}

test.describe('390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('diagnostics are grouped and the find box reveals a VM on a phone', async ({ page }) => {
    const scale = new ScalePage(page);
    await scale.openBench();
    await scale.openDiagnostics();
    await expect(scale.groupToggle('NoProbe')).toContainText(scale.words.findings(300));
    await expect(scale.diagnosticsPanel.getByRole('listitem')).toHaveCount(0);
    await scale.findWithKeyboard('vm433');
    await expect(scale.node('vm:vm433')).toHaveClass(/selected/);
    await expect.poll(() => scale.inView('vm:vm433')).toBe(true);
    expect(scale.errors).toEqual([]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`large topology accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: { width: 1440, height: 900 } });

    test('groups, the find box and its suggestions pass axe', async ({ page }) => {
      const scale = new ScalePage(page);
      await scale.openBench();
      await scale.openDiagnostics();
      await scale.groupToggle('NoProbe').click();
      await expect(scale.groupItems('NoProbe').first()).toBeVisible();
      await scale.find.fill('vm4');
      await scale.find.press('ArrowDown');
      await expect(scale.suggestions).toBeVisible();
      expect(await scale.seriousAccessibilityViolations()).toEqual([]);
    });
  });
}
