import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The guided lesson: the header's Lesson button and the panel with its steps, live parts and quiz. */
export class LessonPage {
  readonly button: Locator;
  readonly panel: Locator;
  readonly heading: Locator;
  readonly stepOf: Locator;
  /** The floating IP switch of step 2 (its name says what it will do). */
  readonly floatingSwitch: Locator;
  /** Step 2's inline floating IP off/on diagram. */
  readonly diagram: Locator;

  constructor(
    readonly page: Page,
    readonly words = ENGLISH,
  ) {
    this.button = page.getByRole('button', { name: words.button, exact: true });
    this.panel = page.getByRole('dialog').filter({ hasText: words.panel });
    this.heading = this.panel.getByRole('heading', { level: 2 });
    this.stepOf = this.panel.locator('.lesson__step-of');
    this.floatingSwitch = this.panel.locator('.lesson__switch').getByRole('button');
    this.diagram = this.panel.locator('figure.lesson__diagram svg');
  }

  /** Ids of the canvas nodes whose box is not wholly inside the canvas's visible area (the React Flow viewport). */
  async nodesOutsideCanvas(): Promise<string[]> {
    return this.page.evaluate(() => {
      const flow = document.querySelector('.react-flow')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.react-flow__node:not(.react-flow__node-loadBalancer)')]
        .filter((n) => {
          const b = n.getBoundingClientRect();
          return b.left < flow.left - 1 || b.top < flow.top - 1 || b.right > flow.right + 1 || b.bottom > flow.bottom + 1;
        })
        .map((n) => n.dataset.id ?? '?');
    });
  }

  /**
   * How far content runs past its box sideways, in pixels: the panel itself, and each text block or button in it
   * (a clipped status line or command). 0 means nothing is clipped and nothing scrolls sideways.
   */
  async horizontalOverflow(): Promise<number> {
    return this.panel.evaluate((el) => {
      const blocks = [...el.querySelectorAll<HTMLElement>('p, li, pre, figcaption, h2, button')];
      return Math.max(el.scrollWidth - el.clientWidth, ...blocks.map((b) => b.scrollWidth - b.clientWidth));
    });
  }

  /** Whether a button is wholly on screen and inside the panel's visible box, with nothing over its centre. */
  async reachable(button: Locator): Promise<boolean> {
    const box = await button.boundingBox();
    const panel = await this.panel.boundingBox();
    const view = this.page.viewportSize();
    if (!box || !panel || !view) return false;
    const inside =
      box.y >= Math.max(0, panel.y) - 1 && box.y + box.height <= Math.min(view.height, panel.y + panel.height) + 1 && box.x >= 0;
    if (!inside) return false;
    return button.evaluate((b, [x, y]) => b.contains(document.elementFromPoint(x!, y!)), [box.x + box.width / 2, box.y + box.height / 2]);
  }

  /** Presses the Lesson button; on a phone it sits in the header's Menu sheet, which is opened first. */
  async open() {
    const menu = this.page.getByRole('button', { name: this.words.menu, exact: true });
    // isVisible() does not wait: let the header draw one of the two first, or a slow first paint takes the Menu path.
    await expect.poll(async () => (await this.button.isVisible()) || (await menu.isVisible())).toBe(true);
    if (!(await this.button.isVisible())) await menu.click();
    await this.button.click();
  }

  /** Opens the lesson and starts it from its intro screen. */
  async start() {
    await this.open();
    await expect(this.panel).toBeVisible();
    await this.action(this.words.start).click();
    await expect(this.stepOf).toBeVisible();
  }

  /** A button of the panel's action bar or body, by its exact name. */
  action(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  async next() {
    await this.action(this.words.next).click();
  }

  async back() {
    await this.action(this.words.back).click();
  }

  async leave() {
    await this.action(this.words.leave).click();
    await expect(this.panel).toHaveCount(0);
  }

  /** Moves forward until the step with this (1-based) number shows. */
  async goToStep(n: number) {
    for (;;) {
      const text = (await this.stepOf.textContent()) ?? '';
      const current = Number(/(\d+)/.exec(text)?.[1]);
      if (current === n) return;
      await this.next();
      await expect(this.stepOf).not.toHaveText(text);
    }
  }

  /** The live diagnostics with this code, as the panel lists them. */
  diagnostic(code: string): Locator {
    return this.panel.locator(`[data-code="${code}"]`);
  }

  /** The panel's live mapping cell for one rule and VM. */
  destination(rule: string, vm: string): Locator {
    return this.panel.locator(`tr[data-rule="${rule}"][data-vm="${vm}"] [data-column="destination"]`);
  }

  question(id: string): Locator {
    return this.panel.locator(`[data-question="${id}"]`);
  }

  /** Answers a quiz question by the choice's text (an address or endpoint). */
  async answer(id: string, text: string) {
    await this.question(id).getByRole('button', { name: text, exact: true }).click();
  }

  /** Serious and critical axe-core violations inside the lesson panel. */
  async seriousAccessibilityViolations() {
    const { violations } = await new AxeBuilder({ page: this.page }).include('section.lesson').analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}

/** The words the page object clicks, per language. */
export const ENGLISH = {
  button: 'Lesson',
  panel: 'Floating IP lesson',
  start: 'Start the lesson',
  next: 'Next',
  back: 'Back',
  leave: 'Leave lesson',
  menu: 'Menu',
};
export const JAPANESE = {
  button: 'レッスン',
  panel: 'フローティング IP のレッスン',
  start: 'レッスンを開始',
  next: '次へ',
  back: '戻る',
  leave: 'レッスンを終了',
  menu: 'メニュー',
};
