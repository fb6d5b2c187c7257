import { expect, test } from '@playwright/test';
import { computeMapping } from '../src/core/mapping/mapping';
import { example } from './examples';
import { PlannerPage } from './pages/PlannerPage';

test.describe('planner', () => {
  let planner: PlannerPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    await planner.goto();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('starts on the default topology with the core mapping and diagnostics', async () => {
    await expect(planner.topology).toContainText('Two frontends with floating IP (rule type 2)');
    await expect(planner.presetPicker).toHaveValue('type2-floating-ip.json');
    await expect(planner.mappingRows).toHaveCount(4);
    await expect(planner.destination('rule1', 'VM1')).toHaveText('65.52.0.1:80');
    await expect(planner.destination('rule1', 'VM2')).toHaveText('65.52.0.1:80');
    await expect(planner.destination('rule2', 'VM1')).toHaveText('65.52.0.2:80');
    await expect(planner.destination('rule2', 'VM2')).toHaveText('65.52.0.2:80');
    await expect(planner.row('rule1', 'VM1')).toContainText('on a loopback interface');
    await planner.openDiagnostics();
    await expect(planner.diagnostic('FloatingIpGuestConfigRequired')).toHaveCount(2);
    await expect(planner.diagnostic('FloatingIpGuestConfigRequired').first()).toContainText('Info');
  });

  test('switching to the type 1 preset shows the backend port the core computes', async () => {
    await planner.choosePreset('type1-no-port-reuse.json');
    await expect(planner.topology).toContainText('Two frontends without floating IP (rule type 1)');
    await expect(planner.destination('rule2', 'VM1')).toHaveText('10.0.0.4:81');
    await expect(planner.destination('rule1', 'VM2')).toHaveText('10.0.0.5:80');
    await expect(planner.row('rule2', 'VM1')).toContainText('on the NIC');
    await expect(planner.row('rule2', 'VM1')).toContainText('Off');
    await planner.openDiagnostics();
    await expect(planner.diagnostic('FloatingIpGuestConfigRequired')).toHaveCount(0);
  });

  test('HA ports show as "all ports"; the appliances keep the original destination', async () => {
    await planner.choosePreset('nva-ha-ports.json');
    // Floating IP off as in the HA-ports quickstart: a flow sent to the frontend itself would reach the NIC IP.
    const row = computeMapping(example('nva-ha-ports')).find((r) => r.rule === 'ha-ports' && r.vm === 'nva1')!;
    await expect(planner.destination('ha-ports', 'nva1')).toContainText('original destination');
    await expect(planner.destination('ha-ports', 'nva1')).toContainText(`${row.destinationIp}, all ports if sent to the frontend`);
  });

  test('the designs of several load balancers open from the examples, each mapped, with no error', async () => {
    for (const [file, name] of [
      ['nva-sandwich.json', 'NVA sandwich'],
      ['cross-region.json', 'Cross-region'],
    ] as const) {
      await planner.choosePreset(file);
      await expect(planner.topology).toContainText(name);
      await expect(planner.presetPicker).toHaveValue(file);
      await expect(planner.mappingRows).not.toHaveCount(0);
      await expect(planner.loadError).toHaveCount(0);
    }
  });

  test('a preset that does not load shows the loader errors and keeps the topology', async ({ page }) => {
    await page.route('**/examples/sql-always-on.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"version": 3}' }),
    );
    await planner.choosePreset('sql-always-on.json');
    await expect(planner.loadError).toContainText('Could not load');
    await expect(planner.loadError).toContainText('unsupported version 3');
    await expect(planner.presetPicker).toHaveValue('type2-floating-ip.json');
    await expect(planner.mappingRows).toHaveCount(4);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violations', async ({ page }) => {
      const planner = new PlannerPage(page);
      await planner.goto();
      await expect(planner.mappingRows).toHaveCount(4);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(246, 247, 249)');
      expect(await planner.seriousAccessibilityViolations()).toEqual([]);
    });

    test('axe finds no serious or critical violations on a phone-sized screen', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const planner = new PlannerPage(page);
      await planner.goto();
      await planner.choosePreset('nva-ha-ports.json');
      // A phone shows one card per VM instead of the mapping table.
      await expect(planner.vmCard('nva1')).toContainText('nva1 forwards, keeping the original destination');
      expect(await planner.seriousAccessibilityViolations()).toEqual([]);
    });
  });
}
