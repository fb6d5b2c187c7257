import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { InspectorPage } from './pages/InspectorPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';

// Whole-planner journeys that cross features: canvas, inspector, analysis and toolbar together.

function pages(page: Page) {
  const planner = new PlannerPage(page);
  return { planner, canvas: new CanvasPage(page), inspector: new InspectorPage(page, planner), toolbar: new ToolbarPage(page) };
}

test.describe('planner journeys', () => {
  // Room for seven nodes between the palette, the canvas toolbar and the minimap.
  test.use({ viewport: { width: 1600, height: 1000 } });

  test("builds the source page's floating IP example from an empty canvas and gets the page's table", async ({ page }) => {
    const { planner, canvas, inspector, toolbar } = pages(page);
    await canvas.goto();
    await toolbar.file('New');
    await expect(canvas.nodes).toHaveCount(0);

    // Two rows inside the pane, whatever height the panels around it leave, clear of the notice in its lower left.
    const height = (await canvas.pane.boundingBox())!.height;
    const [top, middle, bottom] = [0.2, 0.375, 0.55].map((f) => Math.round(height * f)) as [number, number, number];
    const drops = [
      ['Frontend', 110, top],
      ['Frontend', 110, bottom],
      ['Rule', 350, top],
      ['Rule', 350, bottom],
      ['Backend pool', 590, middle],
      ['VM', 830, top],
      ['VM', 830, bottom],
    ] as const;
    for (const [label, dx, dy] of drops) await canvas.dropPaletteItem(label, await canvas.panePoint(dx, dy));
    await expect(canvas.nodes).toHaveCount(7);

    for (const [id, ip] of [
      ['frontend:FE1', '65.52.0.1'],
      ['frontend:FE2', '65.52.0.2'],
    ] as const) {
      await canvas.node(id).locator('.fp-node__name').click();
      await expect(inspector.heading).toHaveText(`Frontend ${id.slice(9)}`);
      await inspector.commit('IP address', ip);
      await expect(canvas.node(id)).toContainText(ip);
    }

    for (const [s, d] of [
      ['frontend:FE1', 'rule:rule1'],
      ['frontend:FE2', 'rule:rule2'],
      ['rule:rule1', 'backendPool:pool1'],
      ['rule:rule2', 'backendPool:pool1'],
      ['backendPool:pool1', 'vm:VM1'],
      ['backendPool:pool1', 'vm:VM2'],
    ] as const) {
      await canvas.connect(s, d);
      await expect(canvas.edge(s, d)).toHaveCount(1);
    }

    // Both rules on backend port 80 of the same pool without floating IP: Azure refuses this.
    await planner.openDiagnostics();
    await expect(planner.diagnostic('RulesUseSameBackendPortProtocolAndPool')).toHaveCount(1);
    // The nodes involved carry the error, for eyes (badge) and screen readers (accessible name).
    for (const id of ['rule:rule1', 'rule:rule2', 'backendPool:pool1', 'vm:VM1', 'vm:VM2']) {
      await expect(canvas.node(id)).toHaveAttribute('aria-label', /\d+ errors?/);
    }

    for (const rule of ['rule1', 'rule2']) {
      await canvas.node(`rule:${rule}`).locator('.fp-node__name').click();
      await expect(inspector.heading).toHaveText(`Rule ${rule}`);
      await inspector.floatingIp.click();
      await expect(inspector.floatingIp).toBeChecked();
    }

    await planner.openMapping();
    await expect(planner.mappingRows).toHaveCount(4);
    for (const [rule, ip] of [
      ['rule1', '65.52.0.1'],
      ['rule2', '65.52.0.2'],
    ]) {
      for (const vm of ['VM1', 'VM2']) {
        await expect(planner.destination(rule!, vm)).toHaveText(`${ip}:80`);
        await expect(planner.row(rule!, vm)).toContainText('on a loopback interface');
      }
    }
    await planner.openDiagnostics();
    await expect(planner.diagnostic('RulesUseSameBackendPortProtocolAndPool')).toHaveCount(0);
    for (const id of ['rule:rule1', 'rule:rule2', 'vm:VM1']) await expect(canvas.node(id)).not.toHaveAttribute('aria-label', /error/);
    expect(planner.errors).toEqual([]);
  });

  test('undo and redo across add, connect, edit and drag restore the exact earlier topology', async ({ page }) => {
    const { canvas, inspector, toolbar } = pages(page);
    await canvas.goto();
    const saved = async () => JSON.parse((await toolbar.save()).text);
    const states = [await saved()];

    await canvas.paletteItem('VM').click();
    await expect(canvas.node('vm:VM3')).toBeVisible();
    states.push(await saved());
    await canvas.connect('backendPool:pool', 'vm:VM3');
    await expect(canvas.edge('backendPool:pool', 'vm:VM3')).toHaveCount(1);
    states.push(await saved());
    await canvas.node('vm:VM3').locator('.fp-node__name').click();
    await inspector.commit('Primary IP', '10.0.0.9');
    await expect(canvas.node('vm:VM3')).toContainText('10.0.0.9');
    states.push(await saved());
    await canvas.dragNode('vm:VM3', 60, 80);
    states.push(await saved());

    for (let i = states.length - 2; i >= 0; i--) {
      await toolbar.undoButton.click();
      expect(await saved(), `after undo back to state ${i}`).toEqual(states[i]);
    }
    for (let i = 1; i < states.length; i++) {
      await page.keyboard.press('Control+Shift+z');
      expect(await saved(), `after redo to state ${i}`).toEqual(states[i]);
    }
  });

  test('keyboard only: add a frontend and give it an address', async ({ page }) => {
    const { canvas, inspector, planner } = pages(page);
    await canvas.goto();
    const add = canvas.paletteItem('Frontend');
    await inspector.tabTo(add);
    await page.keyboard.press('Enter');
    await expect(inspector.heading).toHaveText('Frontend FE1');
    const ip = inspector.field('IP address');
    await inspector.tabTo(ip);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('203.0.113.77');
    await page.keyboard.press('Enter');
    await expect(canvas.node('frontend:FE1')).toContainText('203.0.113.77');
    // The typing above did not reach the undo shortcut or the canvas.
    await expect(planner.mappingRows).toHaveCount(4);
  });
});
