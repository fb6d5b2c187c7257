import type { Locator, Page } from '@playwright/test';

/** The NSG tab of the analysis panel: the planned inbound rules, the rules per VM and the user's own NSGs. */
export class NsgPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly ruleRows: Locator;
  readonly vmRows: Locator;
  readonly findings: Locator;
  readonly own: Locator;
  readonly range: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'NSG', exact: true });
    this.panel = page.getByRole('tabpanel', { name: 'NSG', exact: true });
    this.ruleRows = this.panel.getByRole('table', { name: /^Inbound security rules/ }).locator('tbody tr');
    this.vmRows = this.panel.getByRole('table', { name: 'The rules each VM needs' }).locator('tbody tr');
    this.own = this.panel.getByRole('region', { name: 'Your NSGs' });
    this.range = this.panel.getByLabel('Client range');
    this.findings = this.own.getByRole('list', { name: 'Where your NSGs block the traffic' }).getByRole('listitem');
  }

  /** Opens the tab. */
  async open() {
    await this.tab.click();
  }

  /** The planned rules as the table shows them: one array of cell texts per row. */
  async rules(): Promise<string[][]> {
    return this.ruleRows.evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  }
}
