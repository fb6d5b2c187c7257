import { expect, type Locator, type Page } from '@playwright/test';
import { recordPageErrors } from './pageErrors';

type Point = { x: number; y: number };

/** The canvas as a user drives it: palette, nodes, handles, wires, toolbar and the delete dialog. */
export class CanvasPage {
  readonly region: Locator;
  readonly pane: Locator;
  readonly nodes: Locator;
  readonly edges: Locator;
  readonly status: Locator;
  readonly dialog: Locator;
  /** Uncaught exceptions and console errors seen since construction. */
  readonly errors: string[] = [];

  /** `regionName` is the canvas's name in the page's language ('Canvas', 'キャンバス'). */
  constructor(
    readonly page: Page,
    regionName: string | RegExp = 'Canvas',
  ) {
    recordPageErrors(page, this.errors);
    this.region = page.getByRole('region', { name: regionName, exact: true });
    this.pane = this.region.locator('.react-flow__pane');
    // The elements' nodes; a load balancer's frame (.react-flow__node-loadBalancer) is not one.
    this.nodes = this.region.locator('.react-flow__node:not(.react-flow__node-loadBalancer)');
    this.edges = this.region.locator('.react-flow__edge');
    this.status = this.region.getByTestId('connection-status');
    this.dialog = page.getByRole('dialog');
  }

  async goto(path = '/') {
    await this.page.goto(path);
    await expect(this.nodes.first()).toBeVisible();
  }

  /**
   * An element's node by its canvas id (`ilb/frontend:FIP1`, `vm:VM1`), or by its id inside its load balancer
   * (`frontend:FIP1`) when the topology has one load balancer of that element's kind and name.
   */
  node(id: string): Locator {
    return this.region.locator(`.react-flow__node${idSelector(id)}`);
  }

  /** A load balancer's frame. */
  frame(lb: string): Locator {
    return this.region.locator(`.react-flow__node-loadBalancer[data-id="lb:${lb}"]`);
  }

  /** A wire between two nodes, each named as `node` takes it. */
  edge(source: string, target: string): Locator {
    const scoped = (id: string) => id.includes('/') || id.startsWith('vm:');
    const from = scoped(source) ? `[data-id^="${source}->"]` : `[data-id*="/${source}->"]`;
    const to = scoped(target) ? `[data-id$="->${target}"]` : `[data-id$="/${target}"]`;
    return this.region.locator(`.react-flow__edge${from}${to}`);
  }

  paletteItem(label: string): Locator {
    return this.region.getByRole('button', { name: `Add ${label}`, exact: true });
  }

  button(name: string): Locator {
    return this.region.getByRole('toolbar', { name: 'Canvas actions' }).getByRole('button', { name, exact: true });
  }

  /** The "Destination in the VM" cell of the mapping table for one rule and VM. */
  destination(rule: string, vm: string): Locator {
    return this.page.locator(`tr[data-rule="${rule}"][data-vm="${vm}"] [data-column="destination"]`);
  }

  /** A point on the pane, relative to its top-left corner, in page coordinates. */
  async panePoint(dx: number, dy: number): Promise<Point> {
    const box = (await this.pane.boundingBox())!;
    return { x: box.x + dx, y: box.y + dy };
  }

  /** Drags a palette item with the mouse (pointer events) and drops it at `to`. */
  async dropPaletteItem(label: string, to: Point) {
    const from = await centre(this.paletteItem(label));
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Waits until the view stops moving (Arrange and Fit view animate it), so measured points stay true. */
  async settled() {
    const viewport = this.region.locator('.react-flow__viewport');
    const read = () => viewport.evaluate((el) => (el as HTMLElement).style.transform);
    let last = await read();
    await expect
      .poll(
        async () => {
          await this.page.waitForTimeout(80);
          const now = await read();
          const still = now === last;
          last = now;
          return still;
        },
        { message: 'the canvas view comes to rest' },
      )
      .toBe(true);
  }

  /** Drags from the source node's output handle to the target node's input handle. */
  async connect(source: string, target: string) {
    await this.settled();
    await this.dragBetween(
      this.node(source).locator('.react-flow__handle.source'),
      this.node(target).locator('.react-flow__handle.target'),
    );
  }

  async dragBetween(from: Locator, to: Locator) {
    const a = await centre(from);
    const b = await centre(to);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x, b.y, { steps: 15 });
    await this.page.mouse.up();
  }

  /** Drags a node by its name line by (dx, dy) screen pixels. */
  async dragNode(id: string, dx: number, dy: number) {
    const a = await centre(this.node(id).locator('.fp-node__name'));
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(a.x + dx, a.y + dy, { steps: 20 });
    await this.page.mouse.up();
  }

  /** The node's React Flow transform, i.e. its position on the canvas. */
  transform(id: string): Promise<string> {
    return this.node(id).evaluate((el) => (el as HTMLElement).style.transform);
  }

  /** Selects every node (click one, Ctrl+A), deletes them and confirms the dialog if it asks. */
  async deleteEverything() {
    await this.nodes.first().locator('.fp-node__name').click();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.press('Delete');
    // Nothing survives to break when everything goes, so the dialog may not need to ask.
    await expect.poll(async () => (await this.dialog.isVisible()) || (await this.nodes.count()) === 0).toBe(true);
    if (await this.dialog.isVisible()) await this.dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(this.nodes).toHaveCount(0);
  }
}

// A node id written inside its load balancer (`frontend:FIP1`) matches that element in whichever load balancer.
function idSelector(id: string): string {
  return id.includes('/') || id.startsWith('vm:') ? `[data-id="${id}"]` : `[data-id$="/${id}"]`;
}

/** The bar above the canvas: the palette and the canvas actions, and every control in it. */
export function canvasBar(canvas: CanvasPage) {
  const bar = canvas.region.locator('.fp-canvas__bar');
  return {
    bar,
    // The element kinds' buttons (not "Add load balancer").
    palette: bar.locator('.fp-palette__item[data-kind]'),
    controls: bar.locator('button, input, select'),
    flow: canvas.region.locator('.fp-canvas__flow'),
  };
}

/** The canvas's viewport: pan (x, y) and zoom, read from React Flow's transform. */
export async function viewportOf(canvas: CanvasPage): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await canvas.region.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(transform)!;
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

/** Every node on the canvas with its screen box, for overlap and in-view checks. */
export async function nodeBoxes(canvas: CanvasPage): Promise<{ id: string; x: number; y: number; width: number; height: number }[]> {
  return canvas.nodes.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: (el as HTMLElement).dataset.id!, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

async function centre(locator: Locator): Promise<Point> {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
