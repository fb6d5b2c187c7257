import { expect, type Locator, type Page } from '@playwright/test';

/** The header's language picker (English / 日本語) and the document language it sets. */
export class LanguagePage {
  /** Found by either label, so it is the same control in both languages. */
  readonly picker: Locator;

  constructor(readonly page: Page) {
    this.picker = page.getByRole('combobox', { name: /^(Language|言語)$/ });
  }

  /** Chooses a language by its code (`en` or `ja`) with the keyboard, as a user without a mouse would. */
  async choose(language: 'en' | 'ja') {
    await this.picker.focus();
    await this.picker.selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  /** The `lang` attribute of `<html>`. */
  documentLanguage() {
    return this.page.locator('html').getAttribute('lang');
  }
}
