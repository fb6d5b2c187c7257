import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The shell's texts in each UI language, as a user reads them. */
export const SHELL_WORDS = {
  en: {
    file: 'File',
    menu: 'Menu',
    canvas: 'Canvas',
    inspector: 'Inspector',
    analysis: 'Analysis',
    resizeAnalysis: 'Resize the analysis panel',
  },
  ja: {
    file: 'ファイル',
    menu: 'メニュー',
    canvas: 'キャンバス',
    inspector: 'インスペクター',
    analysis: '分析',
    resizeAnalysis: '分析パネルの高さを変更',
  },
} as const;

export type ShellLanguage = keyof typeof SHELL_WORDS;

/** The app shell: its one-row header, the File menu (or the phone's Menu), the resizable regions and the toasts. */
export class ShellPage {
  readonly header: Locator;
  readonly topologyName: Locator;
  readonly menu: Locator;
  readonly notices: Locator;

  constructor(
    readonly page: Page,
    readonly language: ShellLanguage = 'en',
  ) {
    this.header = page.getByRole('banner');
    this.topologyName = this.header.locator('.app-tagline');
    this.menu = page.getByRole('menu');
    this.notices = page.getByRole('region', { name: language === 'en' ? 'Notices' : '通知' });
  }

  get words() {
    return SHELL_WORDS[this.language];
  }

  /** The File menu's button (wide screens). */
  get fileMenu(): Locator {
    return this.header.getByRole('button', { name: this.words.file, exact: true });
  }

  /** The phone header's one Menu button. */
  get phoneMenu(): Locator {
    return this.header.getByRole('button', { name: this.words.menu });
  }

  /** The maximise toggle of a region. */
  maximise(region: 'canvas' | 'inspector' | 'analysis'): Locator {
    const names = { en: 'Maximise: ', ja: '最大化: ' };
    return this.page.getByRole('button', { name: names[this.language] + this.words[region], exact: true });
  }

  /** The separator between the canvas row and the analysis panel. */
  get analysisSeparator(): Locator {
    return this.page.getByRole('separator', { name: this.words.resizeAnalysis });
  }

  /** The analysis region's box (its title bar and content). */
  get analysisRegion(): Locator {
    return this.page.locator('[data-region="analysis"]');
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Floatplan' })).toBeVisible();
  }

  /** Switches the UI language with the header's picker (on a phone, inside the Menu). */
  async chooseLanguage(language: ShellLanguage) {
    const picker = this.page.getByRole('combobox', { name: /^(Language|言語)$/ });
    if (!(await picker.isVisible())) await this.phoneMenu.click();
    await picker.selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
    if (await this.page.getByRole('button', { name: SHELL_WORDS[language].menu }).isVisible()) await this.page.keyboard.press('Escape');
  }

  /** Renames the topology through the inspector's Topology name field (shown while nothing is selected). */
  async rename(name: string) {
    const field = this.page.getByRole('complementary', { name: this.words.inspector }).getByLabel(/^(Topology name|トポロジ名)$/);
    await field.fill(name);
    await field.blur(); // the field commits when it loses the focus
    await expect(this.topologyName).toHaveText(name);
  }

  /** The header's height in CSS pixels. */
  async headerHeight(): Promise<number> {
    return (await this.header.boundingBox())!.height;
  }

  /** Whether the document itself can scroll (it must not: each region scrolls inside). */
  async pageScrolls(): Promise<boolean> {
    return this.page.evaluate(
      () => document.documentElement.scrollHeight > innerHeight + 1 || document.documentElement.scrollWidth > innerWidth + 1,
    );
  }

  /**
   * Serious and critical axe violations of the shell: the whole page except the canvas's drawing (its nodes and
   * their buttons are the canvas feature's, checked by its own specs).
   */
  async seriousViolations() {
    const { violations } = await new AxeBuilder({ page: this.page }).exclude('.react-flow__nodes').analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
}
