import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { traceDiagram } from '../src/core/diagram/diagram';
import { loadTopology } from '../src/core/topology/load';
import { CanvasPage } from './pages/CanvasPage';
import { PlannerPage } from './pages/PlannerPage';
import { TracePage } from './pages/TracePage';

// The app's default topology, loaded here by the core, so the page is compared with the core's real output.
const loaded = loadTopology(JSON.parse(readFileSync(new URL('../public/examples/type2-floating-ip.json', import.meta.url), 'utf8')));
if (!loaded.ok) throw new Error('the default example does not load');
const DEFAULT = loaded.topology;

test.describe('Trace tab', () => {
  let planner: PlannerPage;
  let trace: TracePage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    trace = new TracePage(page);
    await planner.goto();
    await trace.open();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('rule1 → VM1 on the default topology: both panels with real addresses; Download SVG is the SVG shown', async () => {
    await expect(trace.rule).toHaveValue('rule1');
    await expect(trace.vm).toHaveValue('VM1');
    await expect(trace.diagram).toContainText('Floating IP off');
    await expect(trace.diagram).toContainText('Floating IP on');
    await expect(trace.diagram).toContainText('65.52.0.1:80');
    await expect(trace.diagram).toContainText('10.0.0.4:80');
    await expect(trace.stepper).toHaveAccessibleName('Hops, floating IP on');

    const expected = traceDiagram(DEFAULT, { rule: 'rule1', vm: 'VM1', idPrefix: 'trace' });
    if (!expected.ok) throw new Error(expected.error);
    const svg = await trace.download(trace.downloadSvg);
    expect(svg.name).toBe('floatplan-trace-rule1-VM1.svg');
    expect(svg.bytes.toString('utf8')).toBe(expected.svg);
    // The inline copy shows the same text as the file.
    const shown = await trace.diagram.evaluate((el) => el.textContent);
    const parsed = await trace.page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.textContent, expected.svg);
    expect(shown).toBe(parsed);

    const png = await trace.download(trace.downloadPng);
    expect(png.name).toBe('floatplan-trace-rule1-VM1.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = Number(/width="([\d.]+)"/.exec(expected.svg)![1]);
    expect(png.bytes.readUInt32BE(16), 'PNG at 2×').toBe(Math.ceil(width * 2));
  });

  test('type 1 example, rule2 → VM1: hop 2 rewrites the destination; buttons, arrow keys, play; canvas highlight', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await planner.choosePreset('type1-no-port-reuse.json');
    await trace.rule.selectOption('rule2');
    await expect(trace.vm).toHaveValue('VM1');
    await expect(trace.stepper).toHaveAccessibleName('Hops, floating IP off');
    await trace.expectHop(1);
    await expect(trace.back).toBeDisabled();

    await trace.forward.click();
    await trace.expectHop(2);
    await expect(trace.header('dstIp')).toContainText('10.0.0.4');
    await expect(trace.header('dstPort')).toContainText('81');
    for (const field of ['dstIp', 'dstPort'] as const) {
      await expect(trace.header(field)).toHaveAttribute('data-changed', 'true');
      await expect(trace.header(field)).toContainText('Changed');
    }
    for (const field of ['srcIp', 'srcPort'] as const) await expect(trace.header(field)).toContainText('Same');
    await expect(trace.stepper).toContainText('rewrites the destination');
    await expect(canvas.edge('rule:rule2', 'backendPool:pool')).toHaveClass(/fp-edge--traced/);
    await expect(canvas.edge('backendPool:pool', 'vm:VM1')).toHaveClass(/fp-edge--traced/);
    await expect(canvas.edge('frontend:FIP2', 'rule:rule2')).not.toHaveClass(/fp-edge--traced/);

    await trace.back.click();
    await trace.expectHop(1);
    await expect(canvas.edge('frontend:FIP2', 'rule:rule2')).toHaveClass(/fp-edge--traced/);

    await trace.forward.focus();
    await page.keyboard.press('ArrowRight');
    await trace.expectHop(2);
    await page.keyboard.press('ArrowRight');
    await trace.expectHop(3);
    await page.keyboard.press('ArrowLeft');
    await trace.expectHop(2);

    await trace.speed.selectOption('2');
    await trace.play.click();
    await expect(trace.pause).toBeVisible();
    await trace.expectHop(3);
    await trace.expectHop(4);
    await expect(trace.play, 'stops on the last hop').toBeVisible();
    await expect(trace.header('srcIp')).toContainText('65.52.0.2');

    // Leaving the tab takes the highlight off the canvas.
    await planner.openMapping();
    await expect(canvas.region.locator('.fp-edge--traced')).toHaveCount(0);
  });

  test('an invalid client endpoint shows an error; a valid one is traced', async () => {
    await trace.client.fill('198.51.100.7');
    await expect(trace.clientError).toContainText('ip:port');
    await expect(trace.client).toHaveAttribute('aria-invalid', 'true');
    await trace.client.fill('198.51.100.7:40000');
    await expect(trace.clientError).toHaveCount(0);
    await expect(trace.header('srcIp')).toContainText('198.51.100.7');
    await expect(trace.diagram).toContainText('198.51.100.7:40000');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Trace tab accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violations', async ({ page }) => {
      const planner = new PlannerPage(page);
      const trace = new TracePage(page);
      await planner.goto();
      await trace.open();
      await trace.forward.click();
      await trace.expectHop(2);
      expect(await trace.seriousAccessibilityViolations()).toEqual([]);
    });
  });
}
