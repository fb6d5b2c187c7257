import { expect, test } from '@playwright/test';
import { InspectorPage } from './pages/InspectorPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';

const SAME_BACKEND = 'RulesUseSameBackendPortProtocolAndPool';

test.describe('inspector and analysis panel', () => {
  let planner: PlannerPage;
  let inspector: InspectorPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    inspector = new InspectorPage(page, planner);
    await planner.goto();
    await expect(planner.mappingRows).toHaveCount(4);
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('Ctrl+Z right after flipping the floating IP switch undoes the flip', async ({ page }) => {
    await inspector.selectRuleFromMapping('rule1');
    await inspector.floatingIp.uncheck();
    await expect(inspector.floatingIp).toBeFocused();
    await expect(planner.destination('rule1', 'VM1')).toHaveText('10.0.0.4:80');
    await page.keyboard.press('Control+z');
    await expect(inspector.floatingIp).toBeChecked();
    await expect(planner.row('rule1', 'VM1')).toContainText('On');
    await page.keyboard.press('Control+Shift+Z');
    await expect(inspector.floatingIp).not.toBeChecked();
  });

  test('floating IP off on both port-80 rules is a backend conflict; on again clears it', async () => {
    await inspector.selectRuleFromMapping('rule1');
    await inspector.floatingIp.uncheck();
    await expect(planner.row('rule1', 'VM1')).toContainText('Off');
    await expect(planner.destination('rule1', 'VM1')).toHaveText('10.0.0.4:80');
    await inspector.selectRuleFromMapping('rule2');
    await inspector.floatingIp.uncheck();

    await planner.openDiagnostics();
    await expect(planner.diagnostic(SAME_BACKEND)).toHaveCount(1);
    await expect(planner.diagnosticsTab).toContainText('1 error');
    await expect(inspector.findings).toContainText(SAME_BACKEND);
    await planner.openMapping();
    for (const rule of ['rule1', 'rule2']) {
      for (const vm of ['VM1', 'VM2']) {
        await expect(planner.row(rule, vm)).toHaveAttribute('data-conflict', 'true');
        await expect(planner.row(rule, vm)).toContainText(`Conflict${SAME_BACKEND}`);
      }
    }

    await inspector.floatingIp.check();
    await planner.openDiagnostics();
    await expect(planner.diagnostic(SAME_BACKEND)).toHaveCount(0);
    await expect(planner.diagnosticsTab).toContainText('0 errors');
    await planner.openMapping();
    await expect(planner.mappingRows.and(planner.page.locator('[data-conflict]'))).toHaveCount(0);
  });

  test('an invalid frontend IP is explained inline and never reaches the topology; a valid one does', async () => {
    await inspector.selectFrontendFromMapping('FIP1');
    const ip = inspector.field('IP address');
    for (const [bad, why] of [
      ['010.0.0.1', /without leading zeros/],
      ['10.0.0', /four decimal numbers/],
    ] as const) {
      await ip.fill(bad);
      await expect(ip).toHaveAttribute('aria-invalid', 'true');
      await expect(ip).toHaveAccessibleDescription(why);
      await ip.press('Enter');
      await ip.blur();
      await expect(ip).toHaveValue(bad);
      await expect(planner.destination('rule1', 'VM1')).toHaveText('65.52.0.1:80');
    }
    await inspector.commit('IP address', '65.52.0.9');
    await expect(ip).not.toHaveAttribute('aria-invalid');
    await expect(planner.destination('rule1', 'VM1')).toHaveText('65.52.0.9:80');
    await expect(planner.destination('rule2', 'VM1')).toHaveText('65.52.0.2:80');
  });

  test('renaming a frontend keeps the rule pointing at it and keeps the selection', async () => {
    await inspector.selectFrontendFromMapping('FIP1');
    const name = inspector.field('Name');
    await name.fill('FIP2');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/already named "FIP2"/);
    await inspector.commit('Name', 'web-frontend');
    await expect(inspector.heading).toHaveText('Frontend web-frontend');
    await expect(name).toBeFocused();
    await expect(planner.row('rule1', 'VM1')).toContainText('web-frontend');
    await expect(planner.destination('rule1', 'VM1')).toHaveText('65.52.0.1:80');
    await inspector.selectRuleFromMapping('rule1');
    await expect(inspector.field('Frontend')).toHaveValue('web-frontend');
  });

  test('the HA ports checkbox sets All 0/0, the mapping shows "all ports", and unchecking restores', async () => {
    await inspector.selectRuleFromMapping('rule1');
    await inspector.haPorts.check();
    await expect(inspector.field('Protocol')).toHaveValue('All');
    await expect(inspector.field('Frontend port')).toHaveValue('0');
    await expect(inspector.field('Backend port')).toHaveValue('0');
    await expect(planner.destination('rule1', 'VM1')).toHaveText('65.52.0.1, all ports');
    await inspector.haPorts.uncheck();
    await expect(inspector.field('Protocol')).toHaveValue('Tcp');
    await expect(inspector.field('Frontend port')).toHaveValue('80');
    await expect(planner.destination('rule1', 'VM1')).toHaveText('65.52.0.1:80');
  });

  test('a pool member can use a secondary IP configuration; a new probe attaches to the rule', async () => {
    await planner.mappingTable.getByRole('button', { name: 'VM2', exact: true }).first().click();
    await expect(inspector.heading).toHaveText('VM VM2');
    await inspector.field('New secondary IP').fill('10.0.0.015');
    await expect(inspector.field('New secondary IP')).toHaveAttribute('aria-invalid', 'true');
    await inspector.field('New secondary IP').fill('10.0.0.15');
    await inspector.root.getByRole('button', { name: 'Add IP' }).click();
    await expect(inspector.field('Secondary IP 1')).toHaveValue('10.0.0.15');

    await inspector.selectRuleFromMapping('rule1');
    await inspector.root.getByRole('button', { name: 'Edit pool pool' }).click();
    await expect(inspector.heading).toHaveText('Backend pool pool');
    await inspector.field('VM2: IP configuration').selectOption('10.0.0.15');
    await expect(planner.row('rule1', 'VM2')).toContainText('10.0.0.15');
    await planner.openDiagnostics();
    // Both rules use the pool, so both reach the secondary configuration.
    await expect(planner.diagnostic('FloatingIpOnSecondaryIpConfig')).toHaveCount(2);

    await inspector.selectRuleFromMapping('rule1');
    await inspector.root.getByRole('button', { name: 'New probe…' }).click();
    await inspector.field('Probe protocol').selectOption('Http');
    await inspector.field('Probe port').fill('8080');
    await inspector.field('Request path').fill('/health');
    await inspector.root.getByRole('button', { name: 'Create and use' }).click();
    await expect(inspector.field('Probe')).toHaveValue('probe1');
    await expect(inspector.field('Probe')).toContainText('probe1 (Http 8080 /health)');
  });

  test("a rule's probe opens in the inspector and renames with the rules that use it, as one undo step", async ({ page }) => {
    const toolbar = new ToolbarPage(page);
    await inspector.selectRuleFromMapping('rule1');
    await inspector.root.getByRole('button', { name: 'Edit probe health1' }).click();
    await expect(inspector.heading).toHaveText('Probe health1');
    await inspector.field('Name').fill('health1;x');
    await expect(inspector.field('Name')).toHaveAttribute('aria-invalid', 'true');
    await inspector.commit('Name', 'sql-probe');
    await expect(inspector.heading).toHaveText('Probe sql-probe');
    await inspector.selectRuleFromMapping('rule1');
    await expect(inspector.field('Probe')).toHaveValue('sql-probe');
    await toolbar.undoButton.click();
    await expect(inspector.field('Probe')).toHaveValue('health1');
  });

  test('the load balancer lists its probes; one no rule uses can be deleted, one in use says which rules use it', async ({ page }) => {
    const toolbar = new ToolbarPage(page);
    await inspector.selectRuleFromMapping('rule1');
    await inspector.root.getByRole('button', { name: 'New probe…' }).click();
    await inspector.field('Probe port').fill('9000');
    await inspector.root.getByRole('button', { name: 'Create and use' }).click();
    await expect(inspector.field('Probe')).toHaveValue('probe1');
    await inspector.field('Probe').selectOption('health1'); // probe1 is now used by no rule
    await inspector.root.getByRole('button', { name: 'Done' }).click();
    await expect(inspector.heading).toHaveText(/^Topology/);

    const probes = inspector.root.getByRole('group', { name: 'Health probes' });
    await expect(probes.locator('li[data-probe="health1"]')).toContainText('used by rule1');
    await expect(probes.getByRole('button', { name: 'Delete probe health1' })).toHaveCount(0);
    await expect(probes.locator('li[data-probe="probe1"]')).toContainText('used by no rule');
    await probes.getByRole('button', { name: 'Delete probe probe1' }).click();
    await expect(probes.locator('li[data-probe="probe1"]')).toHaveCount(0);
    await toolbar.undoButton.click();
    await expect(probes.locator('li[data-probe="probe1"]')).toHaveCount(1);
    await probes.getByRole('button', { name: 'Edit probe health2' }).click();
    await expect(inspector.heading).toHaveText('Probe health2');
  });

  test('keyboard only: tabs with arrow keys, Enter on a diagnostic selects its element', async ({ page }) => {
    await inspector.tabTo(planner.mappingTab);
    await page.keyboard.press('ArrowRight');
    await expect(planner.diagnosticsTab).toBeFocused();
    await expect(planner.diagnosticsTab).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(planner.mappingTab).toBeFocused();
    await expect(planner.mappingTable).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(planner.diagnosticsRegion).toBeVisible();

    const first = planner.diagnostics.first();
    await expect(first).toContainText('rule1');
    await inspector.tabTo(first.getByRole('button', { name: /^Select / }), 10);
    await page.keyboard.press('Enter');
    await expect(inspector.heading).toHaveText('Rule rule1');
    await expect(inspector.floatingIp).toBeChecked();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`inspector accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violations with an element selected', async ({ page }) => {
      const planner = new PlannerPage(page);
      const inspector = new InspectorPage(page, planner);
      await planner.goto();
      await inspector.selectRuleFromMapping('rule1');
      await inspector.floatingIp.uncheck();
      await inspector.selectRuleFromMapping('rule2');
      await inspector.floatingIp.uncheck();
      await inspector.root.getByRole('button', { name: 'New probe…' }).click();
      await inspector.field('Probe protocol').selectOption('Http');
      await inspector.field('Probe port').fill('8o');
      await page.screenshot({ path: `/tmp/floatplan-inspector-rule-${colorScheme}.png`, fullPage: true });
      expect(await planner.seriousAccessibilityViolations()).toEqual([]);

      await inspector.selectFrontendFromMapping('FIP1');
      await inspector.field('IP address').fill('010.0.0.1');
      await planner.openDiagnostics();
      await page.screenshot({ path: `/tmp/floatplan-inspector-frontend-${colorScheme}.png`, fullPage: true });
      expect(await planner.seriousAccessibilityViolations()).toEqual([]);
      expect(planner.errors).toEqual([]);
    });
  });
}
