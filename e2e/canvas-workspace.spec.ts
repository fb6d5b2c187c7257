import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { canvasBar, CanvasPage, nodeBoxes, viewportOf } from './pages/CanvasPage';

// Issue 17, building on the canvas: a place for every new node, add-and-wire in one step, readable by default, named
// handles, and canvas toolbars that cannot overlap, at the sizes and in the languages a user meets them.

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) =>
  a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;

const SIZES = [
  { name: '1440×900', viewport: { width: 1440, height: 900 }, language: 'en' },
  { name: '1280×720', viewport: { width: 1280, height: 720 }, language: 'en' },
  { name: '1280×720 Japanese', viewport: { width: 1280, height: 720 }, language: 'ja' },
  { name: '390×844 phone', viewport: { width: 390, height: 844 }, language: 'en' },
] as const;

const WORDS = {
  en: {
    canvas: 'Canvas',
    addVmToPool: 'Add a VM to pool pool',
    addRuleToFip1: 'Add a rule for frontend FIP1',
    addPoolTo: (rule: string) => `Add a backend pool to rule ${rule}`,
    handleFip1: 'Connect FIP1 to a rule or NAT rule',
    handleVm1: 'Connect a backend pool or NAT rule to VM1',
  },
  ja: {
    canvas: 'キャンバス',
    addVmToPool: 'プール pool に仮想マシンを追加',
    addRuleToFip1: 'フロントエンド FIP1 に負荷分散規則を追加',
    addPoolTo: (rule: string) => `負荷分散規則 ${rule} にバックエンド プールを追加`,
    handleFip1: 'FIP1 を負荷分散規則または受信 NAT 規則に接続',
    handleVm1: 'バックエンド プールまたは受信 NAT 規則を VM1 に接続',
  },
} as const;

/** Screen boxes of the nodes, checked pairwise: no two may overlap. */
async function expectNoOverlappingNodes(canvas: CanvasPage) {
  const boxes = await nodeBoxes(canvas);
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
}

async function open(page: Page, language: 'en' | 'ja') {
  const canvas = new CanvasPage(page, WORDS[language].canvas);
  await canvas.goto();
  await canvas.settled();
  return canvas;
}

for (const size of SIZES) {
  test.describe(`canvas workspace at ${size.name}`, () => {
    test.use({ viewport: size.viewport, locale: size.language === 'ja' ? 'ja-JP' : 'en-US' });
    const words = WORDS[size.language];

    test('no toolbar control overlaps another or the graph, and every palette button can be clicked', async ({ page }) => {
      const canvas = await open(page, size.language);
      const { bar, palette, controls, flow } = canvasBar(canvas);
      await expect(palette).toHaveCount(5);
      const boxes = await controls.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.getAttribute('aria-label') ?? el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(10);
      for (const [i, a] of boxes.entries()) {
        expect(a.width * a.height, `${a.name} is drawn`).toBeGreaterThan(0);
        for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.name} overlaps ${b.name}`).toBe(false);
      }
      // The bar sits above the graph, never on it.
      const barBox = (await bar.boundingBox())!;
      const flowBox = (await flow.boundingBox())!;
      expect(barBox.y + barBox.height).toBeLessThanOrEqual(flowBox.y + 1);
      // Unclipped: each control is inside the bar's box (a phone scrolls the bar sideways to show it).
      for (const control of await controls.all()) {
        await control.scrollIntoViewIfNeeded();
        const box = (await control.boundingBox())!;
        expect(inside(box, barBox), `${await control.getAttribute('aria-label')} fully visible`).toBe(true);
      }
      for (const button of await palette.all()) await button.click({ trial: true });
    });

    test('seven palette clicks add seven nodes in their columns, none on another and each in view', async ({ page }) => {
      const canvas = await open(page, size.language);
      const { palette, flow } = canvasBar(canvas);
      const before = await canvas.nodes.count();
      // Frontend, rule, NAT rule, pool, then three VMs: every column, and one column three times over.
      for (const index of [0, 1, 2, 3, 4, 4, 4]) {
        const known = new Set((await nodeBoxes(canvas)).map((n) => n.id));
        await palette.nth(index).click();
        await expect(canvas.nodes).toHaveCount(known.size + 1);
        const added = (await nodeBoxes(canvas)).find((n) => !known.has(n.id))!;
        await expect(canvas.node(added.id)).toHaveClass(/selected/);
        await canvas.settled();
        const box = (await canvas.node(added.id).boundingBox())!;
        expect(inside(box, (await flow.boundingBox())!), `${added.id} in view`).toBe(true);
        await expectNoOverlappingNodes(canvas);
      }
      await expect(canvas.nodes).toHaveCount(before + 7);
      // The three VMs share the VM column with VM1 and VM2, stacked below them.
      const x = async (id: string) => (await canvas.node(id).boundingBox())!.x;
      const y = async (id: string) => (await canvas.node(id).boundingBox())!.y;
      for (const id of ['vm:VM3', 'vm:VM4', 'vm:VM5']) expect(Math.abs((await x(id)) - (await x('vm:VM1')))).toBeLessThan(2);
      expect(await y('vm:VM3')).toBeGreaterThan(await y('vm:VM2'));
      expect(await y('vm:VM5')).toBeGreaterThan(await y('vm:VM4'));
      // The NAT rule lives in the rules column.
      expect(Math.abs((await x('natRule:natRule1')) - (await x('rule:rule1')))).toBeLessThan(2);
    });

    test('+ VM on a pool adds a VM, wires and selects it, and one Ctrl+Z removes it all', async ({ page }) => {
      const canvas = await open(page, size.language);
      const edges = await canvas.edges.count();
      const add = canvas.region.getByRole('button', { name: words.addVmToPool, exact: true });
      // Keyboard-reachable: focused and pressed like any button.
      await add.focus();
      await page.keyboard.press('Enter');
      await expect(canvas.node('vm:VM3')).toBeVisible();
      await expect(canvas.node('vm:VM3')).toHaveClass(/selected/);
      await expect(canvas.edge('backendPool:pool', 'vm:VM3')).toHaveCount(1);
      await expect(canvas.edges).toHaveCount(edges + 1);
      await expectNoOverlappingNodes(canvas);

      await page.keyboard.press('Control+z');
      await expect(canvas.node('vm:VM3')).toHaveCount(0);
      await expect(canvas.edges).toHaveCount(edges);
      await expect(canvas.node('vm:VM2')).toHaveCount(1);
    });

    test('+ rule on a frontend and + pool on the new rule: created, wired, selected', async ({ page }) => {
      const canvas = await open(page, size.language);
      await canvas.region.getByRole('button', { name: words.addRuleToFip1, exact: true }).click();
      await expect(canvas.node('rule:rule3')).toHaveClass(/selected/);
      await expect(canvas.edge('frontend:FIP1', 'rule:rule3')).toHaveCount(1);
      // rule1 already has a pool: only the new rule offers one.
      await expect(canvas.region.getByRole('button', { name: words.addPoolTo('rule1'), exact: true })).toHaveCount(0);
      await canvas.settled();
      await canvas.region.getByRole('button', { name: words.addPoolTo('rule3'), exact: true }).click();
      await expect(canvas.node('backendPool:pool1')).toHaveClass(/selected/);
      await expect(canvas.edge('rule:rule3', 'backendPool:pool1')).toHaveCount(1);
      await expectNoOverlappingNodes(canvas);
    });

    test('frontends, rules and VMs read in the order of the tables, at a readable zoom', async ({ page }) => {
      const canvas = await open(page, size.language);
      const y = async (id: string) => (await canvas.node(id).boundingBox())!.y;
      expect(await y('frontend:FIP1')).toBeLessThan(await y('frontend:FIP2'));
      expect(await y('rule:rule1')).toBeLessThan(await y('rule:rule2'));
      expect(await y('vm:VM1')).toBeLessThan(await y('vm:VM2'));
      const { zoom } = await viewportOf(canvas);
      expect(zoom).toBeGreaterThanOrEqual(0.75);
      // The frontends, where the graph starts, are always in view.
      const flow = (await canvasBar(canvas).flow.boundingBox())!;
      for (const id of ['frontend:FIP1', 'frontend:FIP2']) expect(inside((await canvas.node(id).boundingBox())!, flow), id).toBe(true);
    });

    test('wiring handles have names', async ({ page }) => {
      const canvas = await open(page, size.language);
      const handles = canvas.region.locator('.react-flow__handle');
      const count = await handles.count();
      // Two frontends and two VMs have one handle each; two rules and the pool have two.
      expect(count).toBe(10);
      for (const handle of await handles.all()) {
        await expect(handle).toHaveAttribute('role', 'button');
        await expect(handle).toHaveAttribute('aria-label', /\S/);
      }
      await expect(canvas.region.getByRole('button', { name: words.handleFip1, exact: true })).toHaveCount(1);
      await expect(canvas.region.getByRole('button', { name: words.handleVm1, exact: true })).toHaveCount(1);
    });

    test('axe finds nothing serious on the canvas and its bar', async ({ page }) => {
      await open(page, size.language);
      const { violations } = await new AxeBuilder({ page }).include('.fp-canvas').analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    });

    test('the minimap shows where it has room', async ({ page }) => {
      const canvas = await open(page, size.language);
      const minimap = canvas.region.locator('.react-flow__minimap');
      const flow = (await canvasBar(canvas).flow.boundingBox())!;
      if (flow.width <= 560 || flow.height <= 300) await expect(minimap).toBeHidden();
      else await expect(minimap).toBeVisible();
      if (size.viewport.width === 390) await expect(minimap).toBeHidden();
    });
  });
}

test.describe('canvas workspace at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the minimap draws each element kind and its frame, and a drag on it pans the canvas', async ({ page }) => {
    const canvas = await open(page, 'en');
    const minimap = canvas.region.locator('.react-flow__minimap');
    // One shape per element kind (CanvasMiniMap.tsx), not one per node, and the load balancer's frame as an outline.
    const kinds = await minimap
      .locator('path.react-flow__minimap-node')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-kind')).sort());
    expect(kinds).toEqual(['backendPool', 'frontend', 'rule', 'vm']);
    await expect(minimap.locator('path.fp-minimap__frames')).toHaveCount(1);
    await expect(minimap.getByRole('img', { name: 'Minimap' })).toBeVisible();
    const before = await viewportOf(canvas);
    const box = (await minimap.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10, { steps: 5 });
    await page.mouse.up();
    const after = await viewportOf(canvas);
    expect(after.zoom).toBe(before.zoom);
    expect(after.x).not.toBe(before.x);
    expect(after.y).not.toBe(before.y);
  });

  test('a VM added after another example loads goes below its VMs, clear of every node', async ({ page }) => {
    const canvas = await open(page, 'en');
    await page.getByLabel('Example topology').selectOption('sap-ascs-ers.json');
    await expect(canvas.node('vm:nw1-cl-0')).toBeVisible();
    // New work is fitted: every node of the example is in view.
    await canvas.settled();
    const flow = (await canvasBar(canvas).flow.boundingBox())!;
    for (const n of await nodeBoxes(canvas)) expect(inside(n, flow), `${n.id} in view`).toBe(true);
    const y = async (id: string) => (await canvas.node(id).boundingBox())!.y;
    expect(await y('vm:nw1-cl-0')).toBeLessThan(await y('vm:nw1-cl-1'));
    expect(await y('frontend:frontend-nw1-ascs')).toBeLessThan(await y('frontend:frontend-nw1-ers'));
    await canvasBar(canvas).palette.nth(4).click();
    await expect(canvas.node('vm:VM1')).toHaveClass(/selected/);
    await canvas.settled();
    expect(await y('vm:VM1')).toBeGreaterThan(await y('vm:nw1-cl-1'));
    await expectNoOverlappingNodes(canvas);
    // Its wire, once drawn, is not hidden under a node: the pool's "+ VM" adds the next one wired.
    await canvas.region.getByRole('button', { name: 'Add a VM to pool backend-nw1', exact: true }).click();
    await expect(canvas.edge('backendPool:backend-nw1', 'vm:VM2')).toHaveCount(1);
    await expectNoOverlappingNodes(canvas);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious on the canvas, with add-and-wire buttons and named handles (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const canvas = await open(page, 'en');
      await canvas.region.getByRole('button', { name: 'Add a VM to pool pool', exact: true }).click();
      await expect(canvas.node('vm:VM3')).toHaveClass(/selected/);
      const { violations } = await new AxeBuilder({ page }).include('.fp-canvas').analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    });
  }
});
