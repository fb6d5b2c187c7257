import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** A file the page offered as a download: its suggested name and its bytes. */
export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** A VM picker option's label, "name (os)", for the VM called `name`. */
export function vmLabel(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`);
}

/** The Scripts tab of the analysis panel: VM and flavour pickers, toggles, diagnostics, the script and its actions. */
export class ScriptsPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly vm: Locator;
  readonly flavor: Locator;
  readonly rollback: Locator;
  readonly docExact: Locator;
  readonly noPersist: Locator;
  /** "Open only these ports", shown when an HA-ports rule reaches the VM. */
  readonly openPorts: Locator;
  readonly diagnostics: Locator;
  readonly warning: Locator;
  readonly code: Locator;
  readonly fileName: Locator;
  readonly copyButton: Locator;
  readonly downloadButton: Locator;
  readonly downloadAllButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Scripts' });
    this.panel = page.getByRole('tabpanel', { name: 'Scripts' });
    this.vm = this.panel.getByRole('combobox', { name: 'VM', exact: true });
    this.flavor = this.panel.getByLabel('Flavour');
    this.rollback = this.panel.getByRole('checkbox', { name: /^Rollback/ });
    this.docExact = this.panel.getByRole('checkbox', { name: /^Doc-exact/ });
    this.noPersist = this.panel.getByRole('checkbox', { name: /^No persist/ });
    this.openPorts = this.panel.getByLabel('Open only these ports');
    this.diagnostics = this.panel.getByRole('list', { name: 'Script diagnostics' }).getByRole('listitem');
    this.warning = this.panel.locator('.scripts-warning');
    this.code = this.panel.locator('figure pre');
    this.fileName = this.panel.locator('figure figcaption');
    this.copyButton = this.panel.getByRole('button', { name: 'Copy' });
    this.downloadButton = this.panel.getByRole('button', { name: 'Download', exact: true });
    this.downloadAllButton = this.panel.getByRole('button', { name: /^Download all/ });
    this.status = this.panel.getByRole('status');
  }

  /** Picks a VM in the searchable VM picker: types its name, then chooses its option ("VM2 (linux)"). */
  async pickVm(name: string) {
    await this.vm.fill(name);
    await this.panel.getByRole('option', { name: vmLabel(name) }).click();
    await expect(this.vm).toHaveValue(vmLabel(name));
  }

  /** Opens the tab and waits for a script (the generators are a lazily loaded chunk). */
  async open() {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.code).toBeVisible();
  }

  /** The script exactly as shown (textContent keeps every character, unlike innerText's layout rules). */
  async shownText(): Promise<string> {
    return this.code.evaluate((el) => el.textContent ?? '');
  }

  /** Waits until highlight.js (another lazy chunk) has coloured the script. */
  async waitForHighlighting() {
    await expect(this.code).toHaveAttribute('data-highlighted', 'true');
  }

  diagnostic(code: string): Locator {
    return this.diagnostics.filter({ has: this.page.locator('code', { hasText: new RegExp(`^${code}$`) }) });
  }

  /** Clicks a control that downloads a file and returns what was downloaded. */
  async download(trigger: Locator): Promise<Downloaded> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  /** Serious and critical axe-core violations inside the Scripts tab panel. */
  async seriousAccessibilityViolations() {
    const { violations } = await new AxeBuilder({ page: this.page }).include('[role="tabpanel"]:not([hidden])').analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}
