import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/** The welcome key (src/features/welcome/welcomeFlag.ts); a spec sets it to start as a returning user. */
export const WELCOME_KEY = 'floatplan.welcome.v1';

/** The first visit's welcome banner and the empty canvas's card, each with the three starts. */
export class WelcomePage {
  readonly banner: Locator;
  readonly close: Locator;
  readonly card: Locator;

  constructor(
    readonly page: Page,
    readonly words = WELCOME_ENGLISH,
  ) {
    this.banner = page.getByRole('region', { name: words.region, exact: true });
    this.close = this.banner.getByRole('button', { name: words.dismiss });
    this.card = page.getByRole('region', { name: words.emptyTitle });
  }

  /** One of the three starts (`example`, `empty`, `lesson`) inside the banner or the card. */
  start(where: Locator, which: 'example' | 'empty' | 'lesson'): Locator {
    return where.getByRole('group', { name: this.words.starts }).getByRole('button', { name: this.words[which], exact: true });
  }

  /** Makes the page start as a returning user who dismissed the welcome. */
  static async skip(page: Page) {
    await page.addInitScript((key) => localStorage.setItem(key, 'dismissed'), WELCOME_KEY);
  }

  /** Serious and critical axe-core violations inside one element. */
  async seriousAccessibilityViolations(selector: string) {
    const { violations } = await new AxeBuilder({ page: this.page }).include(selector).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}

/** The words the page object looks for, per language. */
export const WELCOME_ENGLISH = {
  region: 'Welcome',
  starts: 'Ways to start',
  example: 'Try an example',
  empty: 'Start from empty',
  lesson: 'Take the lesson',
  dismiss: 'Close the welcome',
  emptyTitle: 'The canvas is empty',
};
export const WELCOME_JAPANESE: typeof WELCOME_ENGLISH = {
  region: 'ようこそ',
  starts: '始め方',
  example: '例を試す',
  empty: '空の状態から始める',
  lesson: 'レッスンを受ける',
  dismiss: 'ようこそを閉じる',
  emptyTitle: 'キャンバスは空です',
};
