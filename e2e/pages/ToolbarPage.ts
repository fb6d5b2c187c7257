import type { Download, Locator, Page } from '@playwright/test';

/** The header toolbar (examples, the File menu, history, theme), the notices it raises and its dialogs. */
export class ToolbarPage {
  readonly examples: Locator;
  /** The File menu's button: New, Open, Import, Save, Share link and Previous work are its items. */
  readonly fileMenu: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly theme: Locator;
  readonly topologyName: Locator;
  readonly notices: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.examples = page.getByLabel('Example topology');
    this.fileMenu = page.getByRole('banner').getByRole('button', { name: 'File', exact: true });
    this.undoButton = page.getByRole('button', { name: 'Undo' });
    this.redoButton = page.getByRole('button', { name: 'Redo' });
    this.theme = page.getByLabel('Theme');
    this.topologyName = page.getByRole('region', { name: 'Topology' }).locator('.app-tagline');
    this.notices = page.getByRole('region', { name: 'Notices' });
    this.dialog = page.getByRole('dialog');
  }

  /** A notice containing this text. */
  notice(text: string | RegExp): Locator {
    return this.notices.locator('.notice').filter({ hasText: text });
  }

  /** Chooses an item of the File menu ("New", "Open…", "Import…", "Save", "Share link", "Previous work"). */
  async file(item: string) {
    await this.fileMenu.click();
    await this.page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
  }

  /** Opens a file through File > Open…'s file chooser. */
  async openFile(name: string, content: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.file('Open…');
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  /** Chooses File > Save and returns the downloaded file's name and text. */
  async save() {
    return readDownload(this.page, () => this.file('Save'));
  }
}

/** Runs `trigger`, waits for the download it starts and returns its suggested name and text. */
export async function readDownload(page: Page, trigger: () => Promise<unknown>) {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { name: download.suggestedFilename(), text: await textOf(download) };
}

async function textOf(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
