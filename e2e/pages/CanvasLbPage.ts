import { expect, type Locator, type Page } from '@playwright/test';
import { CanvasPage } from './CanvasPage';

/**
 * The canvas's load balancers as a user drives them: each one's frame (its title, Rename and Delete), the palette's
 * "Add load balancer", and the inspector's form for the focused load balancer (its type).
 */
export class CanvasLbPage {
  readonly canvas: CanvasPage;
  readonly addButton: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.canvas = new CanvasPage(page);
    this.addButton = this.canvas.region.getByRole('button', { name: 'Add load balancer', exact: true });
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
  }

  /** A load balancer's frame on the canvas. */
  frame(lb: string): Locator {
    return this.canvas.frame(lb);
  }

  /**
   * Fits the whole drawing in the view with React Flow's own fit control, which, unlike the toolbar's Fit view, zooms
   * out as far as it takes: every frame's title and the shared VMs are on screen (the pane does not scroll to them).
   */
  async showAll() {
    await this.canvas.region.locator('.react-flow__controls-fitview').click();
    await this.canvas.settled();
  }

  /** A button in a load balancer's frame title, once the view shows it. */
  async frameButton(lb: string, name: string): Promise<Locator> {
    await this.showAll();
    return this.frame(lb).getByRole('button', { name, exact: true });
  }

  /** Focuses a load balancer with its frame's title: the inspector shows it and the palette adds into it. */
  async focus(lb: string) {
    await this.showAll();
    const title = this.frame(lb).getByRole('button', { name: `Load balancer ${lb}: add new elements here` });
    await title.click();
    await expect(title).toHaveAttribute('aria-pressed', 'true');
  }

  /** Renames a load balancer with its frame's Rename (Enter commits). */
  async rename(lb: string, to: string) {
    await (await this.frameButton(lb, `Rename load balancer ${lb}`)).click();
    const input = this.frame(lb).getByRole('textbox', { name: `New name for load balancer ${lb}` });
    await input.fill(to);
    await input.press('Enter');
    await expect(this.frame(to)).toBeVisible();
  }

  /** Deletes a load balancer with its frame's Delete. */
  async remove(lb: string) {
    await (await this.frameButton(lb, `Delete load balancer ${lb} and its elements`)).click();
  }

  /** Sets the focused load balancer's type (Public, Internal) in the inspector's load balancer form. */
  async setType(type: 'Public' | 'Internal') {
    await this.inspector.getByLabel('Type', { exact: true }).selectOption(type);
  }

  /** Adds elements with the palette's buttons (a click adds into the focused load balancer), in this order. */
  async add(...labels: string[]) {
    for (const label of labels) {
      const before = await this.canvas.nodes.count();
      await this.canvas.paletteItem(label).click();
      await expect(this.canvas.nodes).toHaveCount(before + 1);
    }
  }

  /** The inspector's "Move to load balancer" select (shown for an element when there are several load balancers). */
  get moveTarget(): Locator {
    return this.inspector.getByLabel('Move to load balancer', { exact: true });
  }

  /** Moves the inspected element to `lb` by keyboard: the select, then Tab to Move and Enter. */
  async moveSelectedTo(lb: string) {
    await this.moveTarget.selectOption(lb);
    await this.moveTarget.focus();
    await this.page.keyboard.press('Tab');
    await expect(this.inspector.getByRole('button', { name: 'Move', exact: true })).toBeFocused();
    await this.page.keyboard.press('Enter');
  }
}
