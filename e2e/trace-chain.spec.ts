import { expect, test } from '@playwright/test';
import { validDesigns } from '../src/core/validation/acrossCodeCases.testing';
import { CanvasPage } from './pages/CanvasPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';
import { TracePage } from './pages/TracePage';

// A flow with a chain in front of the load balancer that delivers it: the cross-region preset's Global rule, and a
// public frontend chained to a Gateway load balancer. The Trace tab offers the chain's choice, draws the chain, and
// lights each step on the canvas on the elements of the load balancer that moves the packet there.
test.describe.configure({ timeout: 60_000 }); // a production build's lazy chunks on a busy 2-core machine

test.describe('the Trace tab follows a chain', () => {
  let planner: PlannerPage;
  let trace: TracePage;
  let canvas: CanvasPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    trace = new TracePage(page);
    canvas = new CanvasPage(page);
    await planner.goto();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  const caption = (n: number, of: number) => trace.headers.locator('caption').filter({ hasText: new RegExp(`^Hop ${n} of ${of}`) });
  const lit = (source: string, target: string) => expect(canvas.edge(source, target)).toHaveClass(/fp-edge--traced/);
  const dark = (source: string, target: string) => expect(canvas.edge(source, target)).not.toHaveClass(/fp-edge--traced/);

  test('a Global pick: the regional frontend choice, the drawn chain, and every step lit on its own load balancer', async () => {
    await planner.choosePreset('cross-region.json');
    await trace.tab.click();
    await trace.loadBalancer.selectOption('lb-global');
    await trace.vm.selectOption('web-west-1');
    await expect(trace.regional.locator('option')).toHaveText(['lb-west/web']);
    await expect(trace.appliance).toHaveCount(0);
    await expect(trace.diagram).toContainText('Global load balancer');
    await expect(trace.diagram).toContainText('2  Global → regional frontend');

    await expect(caption(1, 5)).toHaveCount(1);
    await lit('lb-global/frontend:anycast', 'lb-global/rule:https');
    await lit('lb-global/rule:https', 'lb-global/backendPool:regions');
    await dark('lb-west/frontend:web', 'lb-west/rule:https');
    await trace.forward.click();
    await expect(caption(2, 5)).toHaveCount(1);
    await expect(trace.header('dstIp')).toContainText('198.51.100.10');
    await lit('lb-west/frontend:web', 'lb-global/backendPool:regions');
    await lit('lb-west/frontend:web', 'lb-west/rule:https');
    await dark('lb-global/frontend:anycast', 'lb-global/rule:https');
    await trace.forward.click();
    await lit('lb-west/rule:https', 'lb-west/backendPool:web');
    await lit('lb-west/backendPool:web', 'vm:web-west-1');
    // The other region's elements never light.
    await dark('lb-east/rule:https', 'lb-east/backendPool:web');
    expect(await trace.seriousAccessibilityViolations()).toEqual([]);
  });

  test('a Gateway chain: the appliance choice redraws the chain and lights the chosen appliance', async ({ page }) => {
    const toolbar = new ToolbarPage(page);
    await toolbar.openFile('chain.json', JSON.stringify({ ...validDesigns['a Gateway chain from a public frontend'], name: 'Chain e2e' }));
    await expect(toolbar.topologyName).toHaveText('Chain e2e');
    await trace.tab.click();
    await trace.loadBalancer.selectOption('pub');
    await trace.vm.selectOption('VM1');
    await expect(trace.regional).toHaveCount(0);
    await expect(trace.appliance.locator('option')).toHaveText(['NVA1', 'NVA2']);
    await expect(trace.diagram).toContainText('Appliance NVA1');
    await trace.appliance.selectOption('NVA2');
    await expect(trace.diagram).toContainText('Appliance NVA2');
    await expect(trace.diagram).toContainText('VXLAN external, outer dst 10.0.2.5');

    await trace.forward.click();
    await expect(caption(2, 7)).toHaveCount(1);
    await lit('pub/frontend:FE1', 'gwlb/frontend:FE1');
    await trace.forward.click();
    await expect(trace.stepper).toContainText('VXLAN external tunnel, outer destination 10.0.2.5');
    await lit('gwlb/rule:r1', 'gwlb/backendPool:pool');
    await lit('gwlb/backendPool:pool', 'vm:NVA2');
    await dark('gwlb/backendPool:pool', 'vm:NVA1');
    await trace.forward.click();
    await trace.forward.click();
    await expect(caption(5, 7)).toHaveCount(1);
    await lit('pub/rule:r1', 'pub/backendPool:pool');
    await lit('pub/backendPool:pool', 'vm:VM1');
    await dark('gwlb/backendPool:pool', 'vm:NVA2');
    expect(await trace.seriousAccessibilityViolations()).toEqual([]);
  });
});
