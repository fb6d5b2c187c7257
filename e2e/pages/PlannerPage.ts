import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The planner as a user sees it: preset picker, topology summary, mapping table, diagnostics. */
export class PlannerPage {
  readonly presetPicker: Locator;
  readonly topology: Locator;
  readonly mappingTable: Locator;
  readonly mappingRows: Locator;
  readonly diagnosticsRegion: Locator;
  readonly diagnostics: Locator;
  readonly loadError: Locator;
  /** Uncaught exceptions and console errors seen since construction. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console: ${m.text()}`);
    });
    this.presetPicker = page.getByLabel('Example topology');
    this.topology = page.getByRole('region', { name: 'Topology' });
    this.mappingTable = page.getByRole('table', { name: 'What each VM receives, per load-balancing rule' });
    this.mappingRows = this.mappingTable.locator('tbody tr');
    this.diagnosticsRegion = page.getByRole('region', { name: /^Diagnostics/ });
    this.diagnostics = this.diagnosticsRegion.getByRole('listitem');
    this.loadError = this.topology.getByRole('alert');
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Floatplan' })).toBeVisible();
  }

  /** Chooses a preset by file name, e.g. `type1-no-port-reuse.json`. */
  async choosePreset(file: string) {
    await this.presetPicker.selectOption(file);
  }

  row(rule: string, vm: string): Locator {
    return this.mappingRows.and(this.page.locator(`[data-rule="${rule}"][data-vm="${vm}"]`));
  }

  /** The "Destination in the VM" cell of one rule and VM. */
  destination(rule: string, vm: string): Locator {
    return this.row(rule, vm).locator('[data-column="destination"]');
  }

  diagnostic(code: string): Locator {
    return this.diagnostics.filter({ has: this.page.locator('code', { hasText: code }) });
  }

  /** Serious and critical axe-core violations on the whole page. */
  async seriousAccessibilityViolations() {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}
