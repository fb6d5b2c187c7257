import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The Import dialog (toolbar button, paste or file, format, parameters, summary) and the Export tab. */
export class InteropPage {
  readonly fileMenu: Locator;
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly definition: Locator;
  readonly format: Locator;
  readonly params: Locator;
  readonly parametersFile: Locator;
  readonly importAction: Locator;
  readonly openOnCanvas: Locator;
  readonly cancel: Locator;
  readonly back: Locator;
  readonly alert: Locator;
  readonly progress: Locator;
  readonly fileStatus: Locator;
  readonly summaryHeading: Locator;
  /** The load balancer picker, shown when the file has several. */
  readonly loadBalancer: Locator;
  readonly findings: Locator;
  readonly exportTab: Locator;
  readonly exportPanel: Locator;
  readonly exportCode: Locator;
  readonly exportFileName: Locator;
  readonly exportNotes: Locator;
  readonly copyButton: Locator;
  readonly downloadButton: Locator;
  readonly exportStatus: Locator;

  constructor(readonly page: Page) {
    this.fileMenu = page.getByRole('banner').getByRole('button', { name: 'File', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Import a load balancer definition' });
    this.fileInput = this.dialog.getByLabel('Choose a file (.json, .tf, .bicep)');
    this.definition = this.dialog.getByLabel('Definition', { exact: true });
    this.format = this.dialog.getByLabel('Format', { exact: true });
    this.params = this.dialog.getByLabel(/^Parameter values/);
    this.parametersFile = this.dialog.getByLabel(/^Parameters file/);
    this.importAction = this.dialog.getByRole('button', { name: 'Import', exact: true });
    this.openOnCanvas = this.dialog.getByRole('button', { name: 'Open on canvas' });
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel' });
    this.back = this.dialog.getByRole('button', { name: 'Back' });
    this.alert = this.dialog.locator('.interop-failure');
    this.progress = this.dialog.locator('.interop-progress');
    this.fileStatus = this.dialog.locator('.interop-field [role="status"]');
    this.summaryHeading = this.dialog.getByRole('heading', { level: 3 });
    this.loadBalancer = this.dialog.getByRole('combobox', { name: 'Load balancer', exact: true });
    this.findings = this.dialog.getByRole('region', { name: 'Import diagnostics' }).locator('tbody tr');
    this.exportTab = page.getByRole('tab', { name: 'Export' });
    this.exportPanel = page.getByRole('tabpanel', { name: 'Export' });
    this.exportCode = this.exportPanel.locator('figure pre');
    this.exportFileName = this.exportPanel.locator('figure figcaption');
    this.exportNotes = this.exportPanel.getByRole('list', { name: 'Export notes' }).getByRole('listitem');
    this.copyButton = this.exportPanel.getByRole('button', { name: 'Copy' });
    this.downloadButton = this.exportPanel.getByRole('button', { name: 'Download' });
    this.exportStatus = this.exportPanel.getByRole('status');
  }

  /** Opens the Import dialog from the File menu. */
  async openDialog() {
    await this.fileMenu.click();
    await this.page.getByRole('menu').getByRole('menuitem', { name: 'Import…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Pastes a definition (fills the text box) and runs the import. */
  async importText(text: string, params?: string) {
    await this.definition.fill(text);
    if (params !== undefined) await this.fillParamLines(params);
    await this.importAction.click();
  }

  /** The parameter form's field for one declared parameter (a text box, or a select of allowed values). */
  param(name: string): Locator {
    return this.dialog.locator(`[data-parameter="${name}"]`).locator('input, select');
  }

  /** The parameter form's rows, one per declared parameter. */
  get paramRows(): Locator {
    return this.dialog.locator('[data-parameter]');
  }

  /** Types name=value lines into the box for names the file does not declare (opening it first). */
  async fillParamLines(text: string) {
    const more = this.dialog.locator('details.interop-more');
    if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
    await this.params.fill(text);
  }

  /** Loads a file through the dialog's file chooser. */
  async chooseFile(name: string, text: string) {
    await this.fileInput.setInputFiles({
      name,
      mimeType: name.endsWith('.json') ? 'application/json' : 'text/plain',
      buffer: Buffer.from(text),
    });
    await expect(this.fileStatus).toHaveText(`Loaded ${name}.`);
  }

  /** The number shown for one kind in the summary (`frontends`, `backendPools`, `probes`, `rules`, `vms`). */
  count(kind: string): Locator {
    return this.dialog.locator(`[data-kind="${kind}"] dd`);
  }

  /** Drops a file on the window, as a user dragging it from the desktop would. */
  async dropFile(name: string, text: string, type = 'application/json') {
    const transfer = await this.page.evaluateHandle(
      ([n, t, ty]) => {
        const data = new DataTransfer();
        data.items.add(new File([t], n, { type: ty }));
        return data;
      },
      [name, text, type] as const,
    );
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await this.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  }

  /** Opens the Export tab and waits for the exported text (the exporters are a lazily loaded chunk). */
  async openExport() {
    await this.exportTab.click();
    await expect(this.exportTab).toHaveAttribute('aria-selected', 'true');
    await expect(this.exportCode).toBeVisible();
  }

  /** Picks an export format by its label (`Azure CLI`, `ARM template`, `Bicep`, `Terraform`). */
  async chooseExportFormat(label: string) {
    await this.exportPanel.getByRole('radio', { name: label, exact: true }).check();
  }

  /** The exported text exactly as shown. */
  async exportText(): Promise<string> {
    return this.exportCode.evaluate((el) => el.textContent ?? '');
  }

  /** Clicks Download and returns the suggested name and text. */
  async download(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadButton.click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** Clicks a Report button of the Export tab (`Report (HTML)`, `Report (Markdown)`) and returns the file. */
  async downloadReport(label: string): Promise<{ name: string; text: string }> {
    const button = this.exportPanel.getByRole('button', { name: label, exact: true });
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** Serious and critical axe-core violations inside `selector` (the dialog, or the open tab panel). */
  async seriousAccessibilityViolations(selector: string) {
    const { violations } = await new AxeBuilder({ page: this.page }).include(selector).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}
