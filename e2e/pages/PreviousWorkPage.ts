import type { Locator, Page } from '@playwright/test';

/** The work kept before a replacement: its notice (Restore) and the toolbar's Previous work dialog. */
export class PreviousWorkPage {
  readonly keptNotice: Locator;
  readonly button: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.keptNotice = page
      .getByRole('region', { name: 'Notices' })
      .locator('.notice')
      .filter({ hasText: /^Your previous work/ });
    this.button = page.getByRole('button', { name: 'Previous work', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Previous work kept in this browser' });
  }

  /** The notice's Restore button. */
  restoreFromNotice() {
    return this.keptNotice.getByRole('button', { name: 'Restore' }).click();
  }

  /** The dialog's row for a kept work named `name`. */
  item(name: string): Locator {
    return this.dialog.getByRole('listitem').filter({ hasText: `“${name}”` });
  }

  /** Opens a share link over the work and confirms it, as a user does. */
  async openLink(payload: string) {
    await this.page.goto(`/#t=${payload}`);
    await this.page.getByRole('dialog').getByRole('button', { name: 'Open shared topology' }).click();
  }
}
