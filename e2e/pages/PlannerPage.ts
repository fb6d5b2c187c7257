import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { recordPageErrors } from './pageErrors';

/** The planner as a user sees it: preset picker, topology summary, analysis tabs (mapping table, diagnostics). */
export class PlannerPage {
  readonly presetPicker: Locator;
  readonly topology: Locator;
  readonly mappingTab: Locator;
  readonly diagnosticsTab: Locator;
  readonly mappingTable: Locator;
  readonly mappingRows: Locator;
  readonly diagnosticsRegion: Locator;
  readonly diagnostics: Locator;
  readonly loadError: Locator;
  /** Uncaught exceptions and console errors seen since construction. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    recordPageErrors(page, this.errors);
    this.presetPicker = page.getByLabel('Example topology');
    this.topology = page.getByRole('region', { name: 'Topology' });
    this.mappingTab = page.getByRole('tab', { name: /^Mapping/ });
    this.diagnosticsTab = page.getByRole('tab', { name: /^Diagnostics/ });
    this.mappingTable = page.getByRole('table', { name: 'What each VM receives, per load-balancing rule' });
    this.mappingRows = this.mappingTable.locator('tbody tr');
    // Hidden tab panels are not in the accessibility tree: open the tab before asserting on it.
    this.diagnosticsRegion = page.getByRole('tabpanel', { name: /^Diagnostics/ });
    this.diagnostics = this.diagnosticsRegion.getByRole('listitem');
    this.loadError = this.topology.getByRole('alert');
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Floatplan' })).toBeVisible();
  }

  /** Chooses a preset by file name, e.g. `type1-no-port-reuse.json`. */
  async choosePreset(file: string) {
    // On a phone the examples are in the header's Menu (which closes once one is chosen).
    if (!(await this.presetPicker.isVisible())) await this.page.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
    await this.presetPicker.selectOption(file);
  }

  /** Shows the Diagnostics tab of the analysis panel. */
  async openDiagnostics() {
    await this.diagnosticsTab.click();
    await expect(this.diagnosticsTab).toHaveAttribute('aria-selected', 'true');
  }

  /** Opens the group of one diagnostic code (a code found more than a few times starts closed). */
  async openDiagnosticGroup(code: string) {
    const toggle = this.diagnosticsRegion.locator(`[data-group="${code}"]`).getByRole('button').first();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** Shows the Mapping tab of the analysis panel. */
  async openMapping() {
    await this.mappingTab.click();
    await expect(this.mappingTab).toHaveAttribute('aria-selected', 'true');
  }

  row(rule: string, vm: string): Locator {
    return this.mappingRows.and(this.page.locator(`[data-rule="${rule}"][data-vm="${vm}"]`));
  }

  /** The "Destination in the VM" cell of one rule and VM. */
  destination(rule: string, vm: string): Locator {
    return this.row(rule, vm).locator('[data-column="destination"]');
  }

  /** The inbound NAT rules' mapping table (shown only when some NAT rule reaches a VM). */
  get natTable(): Locator {
    return this.page.getByRole('table', { name: 'What each VM receives, per inbound NAT rule' });
  }

  /** The NAT mapping row of one NAT rule and VM. */
  natRow(natRule: string, vm: string): Locator {
    return this.natTable.locator(`tbody tr[data-nat-rule="${natRule}"][data-vm="${vm}"]`);
  }

  /** The "Destination in the VM" cell of one NAT rule and VM. */
  natDestination(natRule: string, vm: string): Locator {
    return this.natRow(natRule, vm).locator('[data-column="destination"]');
  }

  /** Mapping rows (both tables) of one VM; a selected VM's carry aria-current="true". */
  vmRows(vm: string): Locator {
    return this.page.locator(`table tbody tr.mapping-row[data-vm="${vm}"]`);
  }

  /** The phone's per-VM cards in the Mapping tab (instead of the table). */
  get vmCards(): Locator {
    return this.page.locator('ul.vm-cards > li');
  }

  /** One VM's card. */
  vmCard(vm: string): Locator {
    return this.page.locator(`ul.vm-cards > li[data-vm="${vm}"]`);
  }

  /** Diagnostics with exactly this code (not codes that merely start with it). */
  diagnostic(code: string): Locator {
    return this.diagnostics.filter({ has: this.page.locator('code', { hasText: new RegExp(`^${code}$`) }) });
  }

  /** Serious and critical axe-core violations on the whole page. */
  async seriousAccessibilityViolations() {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}
