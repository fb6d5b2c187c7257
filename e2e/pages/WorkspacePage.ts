import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { en as canvasEn } from '../../src/features/canvas/messages.en';
import { ja as canvasJa } from '../../src/features/canvas/messages.ja';

/** One visible control as the layout checks see it: where it is and a name a person can find it by. */
export interface ControlBox {
  /** `header`, `palette` or `canvas`: which part of the workspace it belongs to. */
  region: string;
  /** Tag and accessible name, e.g. `button "Add VM"`. */
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Why a palette button cannot be clicked where it is drawn (empty when it can). */
export interface Unclickable {
  name: string;
  reason: string;
}

// Overlaps or overhangs this small are sub-pixel rounding of adjacent controls, not one control on another.
const TOLERANCE = 1;

/**
 * The workspace as a layout check sees it, at any window size and in either language: the header, the canvas with
 * its palette and toolbars, the page's scrolling and its axe-core verdict.
 */
export class WorkspacePage {
  readonly header: Locator;
  readonly canvas: Locator;
  readonly palette: Locator;
  readonly paletteButtons: Locator;
  /** Uncaught exceptions and console errors seen since construction. */
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly language: 'en' | 'ja' = 'en',
  ) {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console: ${m.text()}`);
    });
    const words = language === 'ja' ? canvasJa : canvasEn;
    this.header = page.getByRole('banner');
    this.canvas = page.getByRole('region', { name: words.canvas, exact: true });
    this.palette = this.canvas.getByRole('toolbar', { name: words.addElements, exact: true });
    this.paletteButtons = this.palette.getByRole('button');
  }

  /** Opens the app on the default example and waits until its nodes and palette are drawn. */
  async goto(path = '/') {
    await this.page.goto(path);
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.language);
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible();
    await expect(this.palette).toBeVisible();
  }

  /**
   * Every visible button, select and input of the header, the palette and the canvas's toolbars and panels
   * (React Flow's zoom controls, a find box), with its box in page coordinates.
   */
  controls(): Promise<ControlBox[]> {
    return this.page.evaluate(() => {
      const canvas = document.querySelector('.fp-canvas-region') ?? document.body;
      const header = document.querySelector('header') ?? document.body;
      const fields = 'button, select, input:not([type="hidden"]), textarea, [role="button"], [role="combobox"]';
      const regionOf = (el: Element) => {
        if (header.contains(el)) return 'header';
        if (el.closest('.fp-palette, [data-palette]')) return 'palette';
        return 'canvas';
      };
      const nameOf = (el: Element) => {
        const label =
          el.getAttribute('aria-label') ??
          (el as HTMLInputElement).labels?.[0]?.textContent ??
          el.textContent ??
          el.getAttribute('title') ??
          el.getAttribute('name') ??
          '';
        return `${el.tagName.toLowerCase()} "${label.replace(/\s+/g, ' ').trim()}"`;
      };
      const candidates = [
        ...header.querySelectorAll(fields),
        ...canvas.querySelectorAll(`:is([role="toolbar"], .react-flow__panel) :is(${fields})`),
      ];
      const visible = [...new Set(candidates)].filter((el) => {
        const r = el.getBoundingClientRect();
        return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && r.width >= 1 && r.height >= 1;
      });
      // A control inside another (a button inside a combobox) is one control to the user.
      return visible
        .filter((el) => !visible.some((other) => other !== el && other.contains(el)))
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { region: regionOf(el), name: nameOf(el), x: r.x, y: r.y, width: r.width, height: r.height };
        });
    });
  }

  /** Pairs of controls that lie on each other, as readable lines such as `palette button "Add VM" × canvas button "Arrange"`. */
  async overlaps(): Promise<string[]> {
    const boxes = await this.controls();
    const found: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (dx > TOLERANCE && dy > TOLERANCE) found.push(`${describe(a)} × ${describe(b)} (${round(dx)}×${round(dy)} px)`);
      }
    });
    return found;
  }

  /** Controls that stick out of the window's width (cut off, or reachable only by scrolling sideways). */
  async outsideWindow(): Promise<string[]> {
    const width = await this.page.evaluate(() => window.innerWidth);
    return (await this.controls())
      .filter((b) => b.x < -TOLERANCE || b.x + b.width > width + TOLERANCE)
      .map((b) => `${describe(b)} spans x ${round(b.x)}..${round(b.x + b.width)} of ${width}`);
  }

  /**
   * Palette buttons that a pointer cannot reach: the element at the button's centre is something else (another toolbar
   * lying on it, or nothing because the centre is outside the window), or Playwright's actionability checks fail.
   */
  async unclickablePaletteButtons(): Promise<Unclickable[]> {
    const buttons = await this.paletteButtons.all();
    const found: Unclickable[] = [];
    // Hit-test every button before any trial click: a trial click scrolls its target into view, even inside an
    // overflow-hidden toolbar, which would move a cut-off button under the pointer and hide the defect.
    for (const button of buttons) {
      const hit = await button.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight)
          return `its centre (${Math.round(x)}, ${Math.round(y)}) is outside the window`;
        const top = document.elementFromPoint(x, y);
        if (top && el.contains(top)) return '';
        return `its centre shows ${top ? `${top.tagName.toLowerCase()}.${[...top.classList].join('.')} "${(top.textContent ?? '').trim().slice(0, 40)}"` : 'nothing'}`;
      });
      if (hit) found.push({ name: await nameOf(button), reason: hit });
    }
    if (found.length > 0) return found;
    for (const button of buttons) {
      try {
        await button.click({ trial: true, timeout: 3_000 });
      } catch (e) {
        found.push({ name: await nameOf(button), reason: (e as Error).message.split('\n')[0] ?? String(e) });
      }
    }
    return found;
  }

  /** How far the page scrolls sideways: the document's scroll width beyond the window's width (0 when it does not). */
  horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => {
      const doc = document.scrollingElement ?? document.documentElement;
      return Math.max(doc.scrollWidth, document.body.scrollWidth) - window.innerWidth;
    });
  }

  /**
   * Whether the browser has a Japanese font. Without one, Chromium draws each kanji or kana as a narrow box (about a
   * third of its real width), so Japanese layouts look roomier than they are for any Japanese reader.
   */
  hasJapaneseFont(): Promise<boolean> {
    return this.page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;font:16px sans-serif;white-space:nowrap';
      probe.textContent = 'あいうえお';
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      // Full-width glyphs are one em each: 80 px; the missing-glyph boxes come to about 29 px.
      return width >= 70;
    });
  }

  /** Switches the theme through the operating system's preference (the app follows it by default). */
  async useTheme(colorScheme: 'light' | 'dark') {
    await this.page.emulateMedia({ colorScheme });
    await expect(this.page.locator('html')).toHaveAttribute('data-theme', colorScheme);
  }

  /** Serious and critical axe-core violations on the whole page. */
  async seriousAccessibilityViolations() {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}

async function nameOf(button: Locator): Promise<string> {
  return (await button.getAttribute('aria-label')) ?? (await button.innerText());
}

function describe(b: ControlBox): string {
  return `${b.region} ${b.name}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
