import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { en as canvasEn } from '../../src/features/canvas/messages.en';
import { ja as canvasJa } from '../../src/features/canvas/messages.ja';
import { en as inspectorEn } from '../../src/features/inspector/messages.en';
import { ja as inspectorJa } from '../../src/features/inspector/messages.ja';
import { recordPageErrors } from './pageErrors';

/** A rectangle in window coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One visible control as the layout checks see it: where it is and a name a person can find it by. */
export interface ControlBox {
  /** `header`, `palette` or `canvas`: which part of the workspace it belongs to. */
  region: string;
  /** Tag and accessible name, e.g. `button "Add VM"`. */
  name: string;
  /** The whole control. */
  box: Box;
  /** The part its containers do not clip away (undefined when none of it shows). */
  shown?: Box;
  /** The row that scrolls sideways to bring it into view, when it sits in one (a phone's toolbar). */
  scroller?: Box;
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

  private get words() {
    return this.language === 'ja' ? canvasJa : canvasEn;
  }

  constructor(
    readonly page: Page,
    readonly language: 'en' | 'ja' = 'en',
  ) {
    recordPageErrors(page, this.errors);
    const words = this.words;
    this.header = page.getByRole('banner');
    this.canvas = page.getByRole('region', { name: words.canvas, exact: true });
    this.palette = this.canvas.getByRole('toolbar', { name: words.addElements, exact: true });
    this.paletteButtons = this.palette.getByRole('button');
  }

  /** Opens the app on the default example and waits until its nodes and palette are drawn. */
  async goto(path = '/') {
    await this.page.goto(path);
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.language);
    await expect(this.canvas.locator('.react-flow__node:not(.react-flow__node-loadBalancer)').first()).toBeVisible();
    await expect(this.palette).toBeVisible();
  }

  /** Renames the topology in the inspector, as a user types it (the header shows the name). */
  async rename(name: string) {
    const field = this.page.getByLabel((this.language === 'ja' ? inspectorJa : inspectorEn).topologyName, { exact: true });
    await field.fill(name);
    await field.press('Enter');
    await expect(this.header).toContainText(name.slice(0, 8));
  }

  /**
   * Every visible button, select and input of the header, the palette and the canvas's toolbars and panels
   * (React Flow's zoom controls, a find box), with its box in window coordinates and what its containers clip.
   */
  controls(): Promise<ControlBox[]> {
    return this.page.evaluate((paletteName) => {
      const canvas = document.querySelector('.fp-canvas-region') ?? document.body;
      const header = document.querySelector('header') ?? document.body;
      const fields = 'button, select, input:not([type="hidden"]), textarea, [role="button"], [role="combobox"]';
      const regionOf = (el: Element) => {
        if (header.contains(el)) return 'header';
        if (el.closest(`[role="toolbar"][aria-label="${paletteName}"]`)) return 'palette';
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
      const plain = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      // The containers between a control and the page that clip it, and the nearest that scrolls it sideways.
      const clipping = (el: Element) => {
        let shown: { x: number; y: number; width: number; height: number } | undefined = plain(el.getBoundingClientRect());
        let scroller: Element | undefined;
        for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
          const style = getComputedStyle(a);
          const clipsX = style.overflowX !== 'visible';
          const clipsY = style.overflowY !== 'visible';
          if (!scroller && /auto|scroll/.test(style.overflowX) && a.scrollWidth > a.clientWidth) scroller = a;
          if (!shown || (!clipsX && !clipsY)) continue;
          const c = a.getBoundingClientRect();
          const left: number = clipsX ? Math.max(shown.x, c.x) : shown.x;
          const right: number = clipsX ? Math.min(shown.x + shown.width, c.right) : shown.x + shown.width;
          const top: number = clipsY ? Math.max(shown.y, c.y) : shown.y;
          const bottom: number = clipsY ? Math.min(shown.y + shown.height, c.bottom) : shown.y + shown.height;
          shown = right - left >= 1 && bottom - top >= 1 ? { x: left, y: top, width: right - left, height: bottom - top } : undefined;
        }
        return { shown, scroller: scroller && plain(scroller.getBoundingClientRect()) };
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
        .map((el) => ({ region: regionOf(el), name: nameOf(el), box: plain(el.getBoundingClientRect()), ...clipping(el) }));
    }, this.words.addElements);
  }

  /** Pairs of controls that lie on each other where they show, as lines such as `palette button "Add VM" × canvas button "Arrange"`. */
  async overlaps(): Promise<string[]> {
    const shown = (await this.controls()).filter((c) => c.shown);
    const found: string[] = [];
    shown.forEach((a, i) => {
      for (const b of shown.slice(i + 1)) {
        const [p, q] = [a.shown!, b.shown!];
        const dx = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
        const dy = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
        if (dx > TOLERANCE && dy > TOLERANCE) found.push(`${describe(a)} × ${describe(b)} (${round(dx)}×${round(dy)} px)`);
      }
    });
    return found;
  }

  /**
   * Controls a user cannot bring into full view: cut off by a container that does not scroll, or sticking out of the
   * window's width. A control in a row that scrolls sideways counts as reachable when that row lies in the window.
   */
  async cutOff(): Promise<string[]> {
    const width = await this.page.evaluate(() => window.innerWidth);
    const found: string[] = [];
    for (const c of await this.controls()) {
      const reach = c.scroller ?? c.box;
      if (reach.x < -TOLERANCE || reach.x + reach.width > width + TOLERANCE) {
        found.push(`${describe(c)} spans x ${round(reach.x)}..${round(reach.x + reach.width)} of ${width}`);
      } else if (!c.scroller && !(c.shown && c.shown.width >= c.box.width - TOLERANCE && c.shown.height >= c.box.height - TOLERANCE)) {
        found.push(
          `${describe(c)} shows ${c.shown ? `${round(c.shown.width)}×${round(c.shown.height)}` : 'nothing'} of ${round(c.box.width)}×${round(c.box.height)} px`,
        );
      }
    }
    return found;
  }

  /**
   * Palette buttons that a pointer cannot reach: the element at the button's centre is something else (another toolbar
   * lying on it, or nothing because the centre is outside the window), or Playwright's actionability checks fail.
   */
  async unclickablePaletteButtons(): Promise<Unclickable[]> {
    const buttons = await this.paletteButtons.all();
    const found: Unclickable[] = [];
    // Hit-test every button before any trial click: a trial click scrolls its target into view, even inside an
    // overflow-hidden toolbar a user cannot scroll, which would move a cut-off button under the pointer.
    for (const button of buttons) {
      const hit = await button.evaluate((el) => {
        // In a row that scrolls sideways, a user swipes the button into view first; only that row is scrolled.
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (/auto|scroll/.test(getComputedStyle(a).overflowX) && a.scrollWidth > a.clientWidth) {
            const [r, c] = [el.getBoundingClientRect(), a.getBoundingClientRect()];
            a.scrollLeft += r.x + r.width / 2 - (c.x + c.width / 2);
            break;
          }
        }
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
