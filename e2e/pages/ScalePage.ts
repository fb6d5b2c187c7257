import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { recordPageErrors } from './pageErrors';

type Box = { x: number; y: number; width: number; height: number };

/** The words the page object looks for, per language. */
export const SCALE_WORDS = {
  en: {
    canvas: 'Canvas',
    toolbar: 'Canvas actions',
    arrange: 'Arrange',
    find: 'Find an element',
    suggestions: 'Matching elements',
    diagnostics: /^Diagnostics/,
    findings: (n: number) => `${n} findings`,
    select: (name: string) => `Select ${name}`,
    showMore: /^show \d+ more$/,
  },
  ja: {
    canvas: 'キャンバス',
    toolbar: 'キャンバスの操作',
    arrange: '整列',
    find: '要素を検索',
    suggestions: '一致する要素',
    diagnostics: /^診断/,
    findings: (n: number) => `${n} 件`,
    select: (name: string) => `${name} を選択`,
    showMore: /^さらに \d+ 件を表示$/,
  },
} as const;

/** A large topology's tools: the grouped Diagnostics tab, the canvas's find box and Arrange. */
export class ScalePage {
  readonly words: (typeof SCALE_WORDS)['en' | 'ja'];
  readonly canvas: Locator;
  readonly pane: Locator;
  readonly nodes: Locator;
  readonly toolbar: Locator;
  readonly arrange: Locator;
  readonly find: Locator;
  readonly suggestions: Locator;
  readonly diagnosticsTab: Locator;
  readonly diagnosticsPanel: Locator;
  /** Uncaught exceptions and console errors seen since construction. */
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly language: 'en' | 'ja' = 'en',
  ) {
    recordPageErrors(page, this.errors);
    const w = (this.words = SCALE_WORDS[language]);
    this.canvas = page.getByRole('region', { name: w.canvas, exact: true });
    this.pane = this.canvas.locator('.react-flow__pane');
    this.nodes = this.canvas.locator('.react-flow__node:not(.react-flow__node-loadBalancer)');
    this.toolbar = this.canvas.getByRole('toolbar', { name: w.toolbar });
    this.arrange = this.toolbar.getByRole('button', { name: w.arrange, exact: true });
    this.find = this.toolbar.getByRole('combobox', { name: w.find });
    this.suggestions = page.getByRole('listbox', { name: w.suggestions });
    this.diagnosticsTab = page.getByRole('tab', { name: w.diagnostics });
    this.diagnosticsPanel = page.getByRole('tabpanel', { name: w.diagnostics });
  }

  /** Opens the ~1,000-element benchmark topology (`?bench=1`) in the page object's language. */
  async openBench() {
    const language = this.language;
    await this.page.addInitScript((lang) => {
      localStorage.setItem('floatplan.language', lang);
      // A returning user: no first-visit welcome over the canvas.
      localStorage.setItem('floatplan.welcome.v1', 'dismissed');
    }, language);
    await this.page.goto('/?bench=1');
    await expect(this.node('frontend:fe0')).toBeVisible({ timeout: 60_000 });
  }

  node(id: string): Locator {
    return this.canvas.locator(`.react-flow__node:is([data-id="${id}"], [data-id$="/${id}"])`);
  }

  async openDiagnostics() {
    await this.diagnosticsTab.click();
    await expect(this.diagnosticsTab).toHaveAttribute('aria-selected', 'true');
  }

  /** The group of one diagnostic code (its disclosure line and, when open, its findings). */
  group(code: string): Locator {
    return this.diagnosticsPanel.locator(`[data-group="${code}"]`);
  }

  /** The disclosure button of a group. */
  groupToggle(code: string): Locator {
    return this.group(code).getByRole('button').first();
  }

  /** The findings a group shows (none while it is closed). */
  groupItems(code: string): Locator {
    return this.group(code).getByRole('listitem');
  }

  /** Types into the find box, then picks the `nth` suggestion (0 = first) with the arrow keys and Enter. */
  async findWithKeyboard(text: string, nth = 0) {
    await this.find.fill(text);
    await expect(this.suggestions).toBeVisible();
    for (let i = 0; i <= nth; i++) await this.find.press('ArrowDown');
    await expect(this.find).toHaveAttribute('aria-activedescendant', /.+/);
    await this.find.press('Enter');
  }

  /** Whether a node lies wholly inside the canvas's pane (in view). */
  async inView(id: string): Promise<boolean> {
    // A large canvas draws only the nodes in view: a node not in the DOM is not in view.
    if ((await this.node(id).count()) === 0) return false;
    const [node, pane] = [await this.node(id).boundingBox(), await this.pane.boundingBox()];
    if (!node || !pane) return false;
    return (
      node.x >= pane.x && node.y >= pane.y && node.x + node.width <= pane.x + pane.width && node.y + node.height <= pane.y + pane.height
    );
  }

  /** Counts animation frames in the page from now on (window.__frames), to see that it keeps painting. */
  async countFrames() {
    await this.page.evaluate(() => {
      const w = window as unknown as { __frames: number; __busyFrames: number };
      w.__frames = 0;
      w.__busyFrames = 0;
      const tick = () => {
        w.__frames++;
        if (document.querySelector('[aria-busy="true"]')) w.__busyFrames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  /** Frames painted while something on the page was busy (aria-busy), since countFrames. */
  busyFrames(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __busyFrames: number }).__busyFrames);
  }

  /** The boxes of every node drawn on the canvas, in page pixels. */
  async nodeBoxes(): Promise<Box[]> {
    return this.nodes.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  }

  /** Serious and critical axe-core violations inside the canvas toolbar and the analysis panel. */
  async seriousAccessibilityViolations() {
    const { violations } = await new AxeBuilder({ page: this.page }).include('.react-flow__panel').include('.analysis').analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}

/** Pairs of boxes that overlap (by more than a rounding pixel). */
export function overlaps(boxes: readonly Box[]): [Box, Box][] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const found: [Box, Box][] = [];
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      if (b.x >= a.x + a.width - 1) break;
      if (a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1) found.push([a, b]);
    }
  }
  return found;
}

/** Width over height of the boxes' extent. */
export function aspectOf(boxes: readonly Box[]): number {
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
  return width / height;
}
