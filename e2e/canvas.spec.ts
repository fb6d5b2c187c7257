import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';

test.describe('canvas', () => {
  let canvas: CanvasPage;

  test.beforeEach(async ({ page }) => {
    canvas = new CanvasPage(page);
    await canvas.goto();
  });

  test.afterEach(() => {
    expect(canvas.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('builds a topology from nothing: palette drops land at the drop point and wires fill the mapping', async () => {
    await canvas.deleteEverything();
    // Rows well inside the pane (about 230 px tall at 1280×720 under its bar): a handle within 40 px of its edge makes
    // React Flow auto-pan while a wire is dragged to it, and the wire then misses the handle it was aimed at.
    const height = (await canvas.pane.boundingBox())!.height;
    const [top, bottom] = [Math.round(height * 0.3), Math.round(height * 0.7)];
    const drops = [
      ['Frontend', 'frontend:FE1', 150, top],
      ['Rule', 'rule:rule1', 420, top],
      ['Backend pool', 'backendPool:pool1', 420, bottom],
      ['VM', 'vm:VM1', 700, bottom],
    ] as const;
    for (const [label, id, dx, dy] of drops) {
      const at = await canvas.panePoint(dx, dy);
      await canvas.dropPaletteItem(label, at);
      const node = canvas.node(id);
      await expect(node).toBeVisible();
      const box = (await node.boundingBox())!;
      expect(Math.abs(box.x + box.width / 2 - at.x), `${id} centred on the drop point (x)`).toBeLessThan(12);
      expect(Math.abs(box.y + box.height / 2 - at.y), `${id} centred on the drop point (y)`).toBeLessThan(12);
    }
    await expect(canvas.nodes).toHaveCount(4);

    await canvas.connect('frontend:FE1', 'rule:rule1');
    await canvas.connect('rule:rule1', 'backendPool:pool1');
    await canvas.connect('backendPool:pool1', 'vm:VM1');
    await expect(canvas.edge('frontend:FE1', 'rule:rule1')).toHaveCount(1);
    await expect(canvas.edge('rule:rule1', 'backendPool:pool1')).toHaveCount(1);
    await expect(canvas.edge('backendPool:pool1', 'vm:VM1')).toHaveCount(1);
    // A new rule has floating IP off, so the VM receives traffic on its own address.
    await expect(canvas.destination('rule1', 'VM1')).toHaveText('10.0.0.4:80');
  });

  test('clicking a palette item adds the element in the view and selects it', async () => {
    await canvas.paletteItem('VM').click();
    await expect(canvas.node('vm:VM3')).toBeVisible();
    await expect(canvas.node('vm:VM3')).toHaveClass(/selected/);
  });

  test('refuses a frontend → VM wire, changes nothing and says why', async () => {
    const before = await canvas.edges.count();
    await canvas.dragBetween(
      canvas.node('frontend:FIP1').locator('.react-flow__handle.source'),
      canvas.node('vm:VM1').locator('.react-flow__handle.target'),
    );
    await expect(canvas.status).toContainText('A frontend connects to a rule or an inbound NAT rule, not to a VM');
    await expect(canvas.edge('frontend:FIP1', 'vm:VM1')).toHaveCount(0);
    await expect(canvas.edges).toHaveCount(before);
    await expect(canvas.destination('rule1', 'VM1')).toHaveText('65.52.0.1:80');
  });

  test('a node drag is one undo step', async ({ page }) => {
    const start = await canvas.transform('vm:VM1');
    await canvas.dragNode('vm:VM1', 140, 60);
    const moved = await canvas.transform('vm:VM1');
    expect(moved).not.toBe(start);
    await page.keyboard.press('Control+z');
    await expect.poll(() => canvas.transform('vm:VM1')).toBe(start);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => canvas.transform('vm:VM1')).toBe(moved);
  });

  test('arrange puts a stray node back in its column and is undoable', async ({ page }) => {
    await canvas.dragNode('vm:VM1', -380, 90);
    const stray = await canvas.transform('vm:VM1');
    await canvas.button('Arrange').click();
    await expect.poll(() => canvas.transform('vm:VM1')).not.toBe(stray);
    const xOf = async (id: string) => Number(/translate\(([-\d.]+)px/.exec(await canvas.transform(id))![1]);
    expect(await xOf('vm:VM1')).toBe(await xOf('vm:VM2'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => canvas.transform('vm:VM1')).toBe(stray);
  });

  test('deleting a referenced element asks first and can be cancelled', async ({ page }) => {
    await canvas.node('backendPool:pool').locator('.fp-node__name').click();
    await page.keyboard.press('Delete');
    await expect(canvas.dialog).toContainText('Rule rule1 loses its backend pool.');
    await canvas.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(canvas.node('backendPool:pool')).toBeVisible();
    await canvas.button('Delete').click();
    await canvas.dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(canvas.node('backendPool:pool')).toHaveCount(0);
    await expect(canvas.edges).toHaveCount(2);
  });
});

test.describe('canvas export', () => {
  test('Export PNG rasterises the vector SVG at 2× (less for a huge canvas), the view left as it was', async ({ page }) => {
    const canvas = new CanvasPage(page);
    const bytesOf = async (label: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), canvas.button(label).click()]);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
    };
    const sizes = async () => {
      const svg = (await bytesOf('Export SVG')).bytes.toString('utf8');
      const [, width, height] = /<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
      const png = await bytesOf('Export PNG');
      expect(png.name).toMatch(/\.png$/);
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      return {
        svg: { width: Number(width), height: Number(height) },
        png: { width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) },
      };
    };
    await canvas.goto();
    const small = await sizes();
    expect(small.png).toEqual({ width: Math.round(small.svg.width * 2), height: Math.round(small.svg.height * 2) });

    // ?bench=small: 300 elements, most of them out of view and not in the DOM; the PNG still has them all, scaled
    // down only as far as a browser canvas requires.
    await page.goto('/?bench=small');
    await expect(canvas.node('rule:rule1')).toBeVisible({ timeout: 60_000 });
    const before = await page.locator('.fp-canvas .react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
    const large = await sizes();
    expect(Math.max(large.png.width, large.png.height)).toBeLessThanOrEqual(16_000);
    expect(large.png.width / large.png.height).toBeCloseTo(large.svg.width / large.svg.height, 2);
    expect(await page.locator('.fp-canvas .react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)).toBe(before);
  });

  test('Export SVG draws every node as vector shapes, also on a large canvas that keeps only the visible nodes in the DOM', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const canvas = new CanvasPage(page);
    await canvas.goto();
    const svgOf = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), canvas.button('Export SVG').click()]);
      expect(download.suggestedFilename()).toMatch(/\.svg$/);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    };
    // The core's vector SVG (core/document/canvasSvg.ts): rects, paths and text, never HTML in a foreignObject.
    const vector = (svg: string) => {
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img"/);
      expect(svg).not.toMatch(/foreignObject|<div|xhtml/i);
      expect(svg).toContain('<path class="wire');
    };
    const small = await svgOf();
    vector(small);
    for (const name of ['FIP1', 'FIP2', 'rule1', 'rule2', 'VM1', 'VM2']) expect(small).toMatch(new RegExp(`<text[^>]*>${name}</text>`));

    // ?bench=small loads 300 elements (above the 200-node threshold) at 100 % zoom: far-away nodes are not
    // rendered, but the SVG is drawn from the topology, so it has them all.
    await page.goto('/?bench=small');
    await expect(canvas.node('rule:rule1')).toBeVisible({ timeout: 60_000 });
    await expect(canvas.node('vm:vm173')).toHaveCount(0);
    await expect(canvas.node('frontend:fe29')).toHaveCount(0);
    const before = await page.locator('.fp-canvas .react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
    const large = await svgOf();
    vector(large);
    expect(large).toMatch(/<text[^>]*>vm173<\/text>/);
    expect(large).toMatch(/<text[^>]*>fe29<\/text>/);
    // The user's view is left as it was.
    await expect
      .poll(() => page.locator('.fp-canvas .react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform))
      .toBe(before);
  });
});
