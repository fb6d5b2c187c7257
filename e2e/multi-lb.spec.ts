import { expect, test } from '@playwright/test';
import { CanvasLbPage } from './pages/CanvasLbPage';
import { InteropPage } from './pages/InteropPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';

// Issue 19: a design of two load balancers built on the canvas from nothing, a refusal between them, undo, reload.

test.describe('several load balancers on the canvas', () => {
  // Room for two frames, the shared VM and the inspector.
  test.use({ viewport: { width: 1600, height: 1000 } });
  // A whole design is built by hand, wire by wire.
  test.setTimeout(120_000);

  test('builds a public and an internal load balancer on one VM, sees an error between them, undoes it and reloads', async ({ page }) => {
    const planner = new PlannerPage(page);
    const toolbar = new ToolbarPage(page);
    const lbs = new CanvasLbPage(page);
    const { canvas } = lbs;
    await canvas.goto();
    await toolbar.file('New');
    await expect(canvas.nodes).toHaveCount(0);
    await expect(lbs.frame('lb')).toContainText('Standard SKU, public, regional');

    // The public load balancer: FE1 → rule1 → pool1 → VM1. Adding VM1 right of the frame may pan FE1 out of view: the
    // whole drawing is shown before wiring, as for the second load balancer below.
    await lbs.add('Frontend', 'Rule', 'Backend pool', 'VM');
    await lbs.showAll();
    for (const [s, d] of [
      ['lb/frontend:FE1', 'lb/rule:rule1'],
      ['lb/rule:rule1', 'lb/backendPool:pool1'],
      ['lb/backendPool:pool1', 'vm:VM1'],
    ] as const) {
      await canvas.connect(s, d);
      await expect(canvas.edge(s, d)).toHaveCount(1);
    }

    // A second load balancer, internal, renamed ilb: its own FE1 → rule1 → pool1, and the same VM1.
    await lbs.addButton.click();
    await expect(lbs.frame('lb1')).toBeVisible();
    await lbs.setType('Internal');
    await expect(lbs.frame('lb1')).toContainText('internal');
    await lbs.rename('lb1', 'ilb');
    await lbs.add('Frontend', 'Rule', 'Backend pool');
    await expect(canvas.node('ilb/frontend:FE1')).toBeVisible();
    await lbs.showAll();
    for (const [s, d] of [
      ['ilb/frontend:FE1', 'ilb/rule:rule1'],
      ['ilb/rule:rule1', 'ilb/backendPool:pool1'],
      ['ilb/backendPool:pool1', 'vm:VM1'],
    ] as const) {
      await canvas.connect(s, d);
      await expect(canvas.edge(s, d)).toHaveCount(1);
    }
    // Names are per load balancer: each rule1 maps VM1, once per load balancer.
    await planner.openMapping();
    await expect(page.locator('tr[data-rule="rule1"][data-vm="VM1"]')).toHaveCount(2);
    await planner.openDiagnostics();
    await expect(planner.diagnostic('AnotherInternalLoadBalancerExists')).toHaveCount(0);

    // Making the first one internal too puts VM1 in the pools of two internal load balancers: Azure refuses that.
    await lbs.focus('lb');
    await lbs.setType('Internal');
    const refusal = planner.diagnostic('AnotherInternalLoadBalancerExists');
    await expect(refusal).toHaveCount(1);
    await expect(refusal).toContainText('ilb');
    await expect(refusal).toContainText('VM1');

    // Undo takes the type change back, and the error with it.
    await toolbar.undoButton.click();
    await expect(refusal).toHaveCount(0);
    await expect(lbs.frame('lb')).toContainText('public');

    // Autosave keeps the design (format v2): both load balancers, their wires and the shared VM come back.
    await page.reload();
    await expect(lbs.frame('lb')).toContainText('public');
    await expect(lbs.frame('ilb')).toContainText('internal');
    await expect(canvas.nodes).toHaveCount(7);
    await expect(canvas.edge('ilb/backendPool:pool1', 'vm:VM1')).toHaveCount(1);
    await expect(canvas.edge('lb/backendPool:pool1', 'vm:VM1')).toHaveCount(1);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('floatplan.topology.v1') ?? 'null'));
    expect(saved.version).toBe(2);
    expect(saved.loadBalancers.map((lb: { name: string; type: string }) => `${lb.name} ${lb.type}`)).toEqual(['lb Public', 'ilb Internal']);

    expect(await planner.seriousAccessibilityViolations()).toEqual([]);
    expect(canvas.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('deleting a load balancer takes its elements, keeps the shared VM, and undo brings it back', async ({ page }) => {
    const toolbar = new ToolbarPage(page);
    const lbs = new CanvasLbPage(page);
    const { canvas } = lbs;
    await canvas.goto();
    await toolbar.file('New');
    await lbs.add('VM');
    await lbs.addButton.click();
    await lbs.add('Backend pool');
    await lbs.showAll();
    await canvas.connect('lb1/backendPool:pool1', 'vm:VM1');
    await expect(canvas.edge('lb1/backendPool:pool1', 'vm:VM1')).toHaveCount(1);
    await lbs.remove('lb1');
    await expect(lbs.frame('lb1')).toHaveCount(0);
    await expect(canvas.nodes).toHaveCount(1);
    await expect(canvas.node('vm:VM1')).toBeVisible();
    // The notice's Undo, as the toolbar's would.
    await toolbar.notice('Deleted load balancer lb1').getByRole('button', { name: 'Undo' }).click();
    await expect(lbs.frame('lb1')).toBeVisible();
    await expect(canvas.edge('lb1/backendPool:pool1', 'vm:VM1')).toHaveCount(1);
    expect(canvas.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('moves a rule to the other load balancer from the inspector, undoes it, and exports the report of both', async ({ page }) => {
    const planner = new PlannerPage(page);
    const toolbar = new ToolbarPage(page);
    const lbs = new CanvasLbPage(page);
    const interop = new InteropPage(page);
    const { canvas } = lbs;
    await canvas.goto();
    await planner.choosePreset('nva-sandwich.json');
    await lbs.showAll();
    await expect(canvas.node('lb-public/rule:https-in')).toBeVisible();

    // Select the public rule, move it with the keyboard: it is drawn in the internal load balancer's frame.
    await canvas.node('lb-public/rule:https-in').click();
    await expect(lbs.moveTarget).toBeVisible();
    await expect(lbs.moveTarget.locator('option')).toHaveText(['lb-internal']);
    await lbs.moveSelectedTo('lb-internal');
    await expect(canvas.node('lb-internal/rule:https-in')).toBeVisible();
    await expect(canvas.node('lb-public/rule:https-in')).toHaveCount(0);
    await expect(lbs.inspector).toContainText('In load balancer lb-internal.');
    await lbs.showAll();
    const frame = (await lbs.frame('lb-internal').boundingBox())!;
    const rule = (await canvas.node('lb-internal/rule:https-in').boundingBox())!;
    expect(
      rule.x >= frame.x &&
        rule.x + rule.width <= frame.x + frame.width &&
        rule.y >= frame.y &&
        rule.y + rule.height <= frame.y + frame.height,
    ).toBe(true);
    expect(await interop.seriousAccessibilityViolations('[aria-label="Inspector"]')).toEqual([]);

    // One undo step takes it back.
    await toolbar.undoButton.click();
    await expect(canvas.node('lb-public/rule:https-in')).toBeVisible();
    await expect(canvas.node('lb-internal/rule:https-in')).toHaveCount(0);

    // All load balancers (the Export tab's default): the report has both.
    await interop.openExport();
    const report = await interop.downloadReport('Report (HTML)');
    expect(report.text).toContain('<h2>Load balancer lb-public</h2>');
    expect(report.text).toContain('<h2>Load balancer lb-internal</h2>');
    expect(report.text).toContain('<h2>Across load balancers</h2>');
    expect(canvas.errors, 'no uncaught errors or console errors').toEqual([]);
  });
});
