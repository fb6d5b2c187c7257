import { expect, type Locator, type Page } from '@playwright/test';
import type { PlannerPage } from './PlannerPage';

/** The inspector, and the ways to select an element without the canvas (mapping rows, diagnostics). */
export class InspectorPage {
  readonly root: Locator;
  readonly heading: Locator;
  readonly floatingIp: Locator;
  readonly haPorts: Locator;
  readonly findings: Locator;

  constructor(
    readonly page: Page,
    readonly planner: PlannerPage,
  ) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
    this.heading = this.root.getByRole('heading', { level: 2 });
    this.floatingIp = this.root.getByRole('switch', { name: 'Floating IP' });
    this.haPorts = this.root.getByRole('checkbox', { name: /^HA ports/ });
    this.findings = this.root.getByRole('region', { name: /^Findings for/ });
  }

  /** A labelled control of the inspector (text box, select, checkbox), matched on its exact label. */
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Selects a rule by clicking its row in the mapping table. */
  async selectRuleFromMapping(rule: string) {
    await this.planner.openMapping();
    await this.planner.mappingRows
      .and(this.page.locator(`[data-rule="${rule}"]`))
      .first()
      .locator('[data-column="destination"]')
      .click();
    await expect(this.heading).toHaveText(`Rule ${rule}`);
  }

  /** Selects a frontend by its name button in the mapping table. */
  async selectFrontendFromMapping(frontend: string) {
    await this.planner.openMapping();
    await this.planner.mappingTable.getByRole('button', { name: frontend, exact: true }).first().click();
    await expect(this.heading).toHaveText(`Frontend ${frontend}`);
  }

  /** A VM's guest summary (what it holds, listens on, answers, and its script), shown while the VM is selected. */
  guestSummary(vm: string): Locator {
    return this.page.locator(`section.inspector-guest[data-vm="${vm}"]`);
  }

  /** The lines of one fact of a VM's guest summary. */
  guestFact(vm: string, fact: 'holds' | 'listens' | 'probes' | 'script'): Locator {
    return this.guestSummary(vm).locator(`[data-fact="${fact}"] dd`);
  }

  /** The summary's "Get script" (English or Japanese). */
  getScript(vm: string): Locator {
    return this.guestSummary(vm).getByRole('button', { name: /^(Get script|スクリプトを表示)$/ });
  }

  /** Selects a VM by its name button in the mapping table (the Mapping tab must be open). */
  async selectVmFromMapping(vm: string) {
    await this.page.locator(`table tbody tr[data-vm="${vm}"]`).first().getByRole('button', { name: vm, exact: true }).click();
    await expect(this.guestSummary(vm)).toBeVisible();
  }

  /** Types into a text field and commits with Enter. */
  async commit(label: string, value: string) {
    await this.field(label).fill(value);
    await this.field(label).press('Enter');
  }

  /** Presses Tab until `target` has focus (keyboard-only navigation), failing after `max` presses. */
  async tabTo(target: Locator, max = 120) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }
}
