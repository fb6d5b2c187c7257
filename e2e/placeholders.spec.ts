// Issue 16 in the app: the SQL listener template imported without parameter values keeps its placeholders visible:
// a dashed node with a badge, lasting PlaceholderValue warnings, and no guest OS script that would use them.
import { expect, test } from '@playwright/test';
import { readAzureFixture } from '../src/core/testing/fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { InteropPage } from './pages/InteropPage';
import { PlannerPage } from './pages/PlannerPage';
import { ScriptsPage } from './pages/ScriptsPage';

/** The SQL template as published, plus the NIC of one cluster node joining its pool (so there is a VM to script). */
function sqlWithOneNode(): string {
  const template = JSON.parse(readAzureFixture('sql-alwayson-setupLBs.json'));
  template.resources.push({
    type: 'Microsoft.Network/networkInterfaces',
    apiVersion: '2023-09-01',
    name: 'sql1-nic',
    location: "[parameters('location')]",
    properties: {
      ipConfigurations: [
        {
          name: 'ipconfig1',
          properties: {
            privateIPAllocationMethod: 'Static',
            privateIPAddress: '10.0.0.4',
            subnet: { id: "[parameters('staticSubnetRef')]" },
            loadBalancerBackendAddressPools: [{ id: "[parameters('sqlLBBEID')]" }],
          },
        },
      ],
    },
  });
  return JSON.stringify(template, null, 2);
}

test.describe('placeholders after an import', () => {
  let planner: PlannerPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    await planner.goto();
    const interop = new InteropPage(page);
    await interop.openDialog();
    await interop.importText(sqlWithOneNode());
    await expect(interop.count('frontends')).toHaveText('1');
    await interop.openOnCanvas.click();
    await expect(interop.dialog).toHaveCount(0);
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('the frontend is drawn dashed, with a badge and its reason in the label', async ({ page }) => {
    const node = new CanvasPage(page).node('frontend:<sqlLBFE>');
    await expect(node).toBeVisible();
    const frame = node.locator('.fp-node');
    await expect(frame).toHaveAttribute('data-placeholder', 'true');
    await expect(frame).toHaveCSS('border-top-style', 'dashed');
    await expect(frame).toContainText('placeholder');
    await expect(frame).toHaveAttribute('title', /has placeholder values the import could not know: name \(.*\); ip \(/);
    await expect(node).toHaveAttribute('aria-label', /has placeholder values the import could not know/);
  });

  test('the dashed frame takes the warning edge colour of the light and the dark theme', async ({ page }) => {
    const frame = new CanvasPage(page).node('frontend:<sqlLBFE>').locator('.fp-node');
    await expect(frame).toHaveCSS('border-top-color', 'rgb(217, 154, 0)'); // --warning-edge, light
    await page.evaluate(() => localStorage.setItem('floatplan.theme', 'dark'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(frame).toHaveAttribute('data-placeholder', 'true'); // the autosaved work came back with its markers
    await expect(frame).toHaveCSS('border-top-style', 'dashed');
    await expect(frame).toHaveCSS('border-top-color', 'rgb(217, 165, 32)'); // --warning-edge, dark
  });

  test('Diagnostics lists a PlaceholderValue warning with the source and the fix', async () => {
    await planner.openDiagnostics();
    const warning = planner.diagnostics.filter({ hasText: 'The ip of the frontend "<sqlLBFE>" is a placeholder' });
    await expect(warning).toHaveCount(1);
    await expect(warning).toContainText("[parameters('sqlLBIPAddress')]");
    await expect(warning).toContainText('Replace it with the real value');
  });

  test('the Scripts tab refuses the VM whose script would use the placeholder address', async ({ page }) => {
    const scripts = new ScriptsPage(page);
    await scripts.tab.click();
    await expect(scripts.tab).toHaveAttribute('aria-selected', 'true');
    const refusal = scripts.diagnostics.filter({ hasText: 'PlaceholderInScript' });
    await expect(refusal).toHaveCount(1);
    await expect(refusal).toContainText('No script for the VM "sql1-nic"');
    await expect(refusal).toContainText('198.51.100.10 = <sqlLBFE>.ip');
    await expect(scripts.code).toHaveCount(0);
  });
});
