import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { InspectorPage } from './pages/InspectorPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';

// Room for the NAT rules beside the default example's nodes after Arrange and Fit view.
test.use({ viewport: { width: 1600, height: 1000 } });

test.describe('inbound NAT rules', () => {
  let planner: PlannerPage;
  let canvas: CanvasPage;
  let inspector: InspectorPage;
  let toolbar: ToolbarPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    canvas = new CanvasPage(page);
    inspector = new InspectorPage(page, planner);
    toolbar = new ToolbarPage(page);
    await canvas.goto();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  /** Adds a NAT rule from the palette, lays the canvas out so it has room, and wires FIP1 → it → VM1. */
  async function addWiredNatRule(name: string) {
    await canvas.paletteItem('NAT rule').click();
    await expect(inspector.heading).toHaveText(`Inbound NAT rule ${name}`);
    await canvas.button('Arrange').click();
    await canvas.button('Fit view').click();
    await canvas.connect('frontend:FIP1', `natRule:${name}`);
    await canvas.connect(`natRule:${name}`, 'vm:VM1');
    await expect(canvas.edge('frontend:FIP1', `natRule:${name}`)).toHaveCount(1);
    await expect(canvas.edge(`natRule:${name}`, 'vm:VM1')).toHaveCount(1);
  }

  test('a NAT rule wired frontend → NAT rule → VM maps its port to the VM, and floating IP changes the destination', async ({ page }) => {
    await addWiredNatRule('natRule1');
    const node = canvas.node('natRule:natRule1');
    await expect(node).toContainText('TCP 50001 → 3389');
    await expect(node).toContainText('Floating IP off');

    await canvas.node('natRule:natRule1').locator('.fp-node__name').click();
    await expect(inspector.heading).toHaveText('Inbound NAT rule natRule1');
    await expect(inspector.field('Frontend')).toHaveValue('FIP1');
    await expect(inspector.field('Target VM')).toHaveValue('VM1');
    await inspector.commit('Backend port', '22');
    await planner.openMapping();
    await expect(planner.natDestination('natRule1', 'VM1')).toHaveText('10.0.0.4:22');
    await inspector.commit('Frontend port', '50001');
    await inspector.commit('Backend port', '3389');
    await expect(planner.natRow('natRule1', 'VM1')).toContainText('65.52.0.1:50001');
    await expect(planner.natDestination('natRule1', 'VM1')).toHaveText('10.0.0.4:3389');
    // The rules' table is unchanged.
    await expect(planner.mappingRows).toHaveCount(4);

    await inspector.floatingIp.check();
    await expect(planner.natDestination('natRule1', 'VM1')).toHaveText('65.52.0.1:3389');
    await expect(planner.natRow('natRule1', 'VM1')).toContainText('on a loopback interface');
    await expect(node).toContainText('Floating IP on');

    // One undo step per commit: the switch first, then the backend port.
    await toolbar.undoButton.click();
    await expect(planner.natDestination('natRule1', 'VM1')).toHaveText('10.0.0.4:3389');
    await expect(inspector.floatingIp).not.toBeChecked();

    // Selecting the row selects the NAT rule.
    await canvas.node('vm:VM1').locator('.fp-node__name').click();
    await planner.natDestination('natRule1', 'VM1').click();
    await expect(inspector.heading).toHaveText('Inbound NAT rule natRule1');
    await expect(page.locator('.react-flow__node[data-id$="/natRule:natRule1"]')).toHaveClass(/selected/);
  });

  test('a second NAT rule to the same VM on the same backend port is a conflict', async () => {
    await addWiredNatRule('natRule1');
    await addWiredNatRule('natRule2');
    await planner.openMapping();
    await expect(planner.natRow('natRule2', 'VM1')).toContainText('65.52.0.1:50002');
    await expect(planner.natDestination('natRule2', 'VM1')).toHaveText('10.0.0.4:3389');
    await planner.openDiagnostics();
    await expect(planner.diagnostic('RulesUseSameBackendPortProtocolAndIPConfig')).toHaveCount(1);
    await expect(inspector.findings).toContainText('RulesUseSameBackendPortProtocolAndIPConfig');
  });

  test('deleting the VM asks first and leaves the NAT rule unconnected', async ({ page }) => {
    await addWiredNatRule('natRule1');
    await canvas.node('vm:VM1').locator('.fp-node__name').click();
    await page.keyboard.press('Delete');
    await expect(canvas.dialog).toContainText('Inbound NAT rule natRule1 loses its target VM VM1.');
    await canvas.dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(canvas.node('vm:VM1')).toHaveCount(0);
    await expect(canvas.node('natRule:natRule1')).toBeVisible();
    await expect(planner.natTable).toHaveCount(0);
  });

  test('axe finds no serious or critical violations with a NAT rule on the canvas, in the inspector and in the mapping', async () => {
    await addWiredNatRule('natRule1');
    await canvas.node('natRule:natRule1').locator('.fp-node__name').click();
    await planner.openMapping();
    await expect(planner.natRow('natRule1', 'VM1')).toBeVisible();
    expect(await planner.seriousAccessibilityViolations()).toEqual([]);
  });

  test('select all (Ctrl+A) includes NAT rules, so deleting everything leaves none behind', async () => {
    await addWiredNatRule('natRule1');
    await canvas.deleteEverything();
    await expect(canvas.node('natRule:natRule1')).toHaveCount(0);
  });
});
