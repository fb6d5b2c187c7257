import type { Locator, Page } from '@playwright/test';

/** The work kept before a replacement: its notice (Restore) and the File menu's Previous work dialog. */
export class PreviousWorkPage {
  readonly keptNotice: Locator;
  readonly fileMenu: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.keptNotice = page
      .getByRole('region', { name: 'Notices' })
      .locator('.notice')
      .filter({ hasText: /^Your previous work/ });
    this.fileMenu = page.getByRole('banner').getByRole('button', { name: 'File', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Previous work kept in this browser' });
  }

  /** Opens the Previous work dialog from the File menu. */
  async open() {
    await this.fileMenu.click();
    await this.page.getByRole('menu').getByRole('menuitem', { name: 'Previous work', exact: true }).click();
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
