import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The Trace tab of the analysis panel: pickers, hop stepper with its headers table, notes and the diagram. */
export class TracePage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly rule: Locator;
  readonly vm: Locator;
  readonly client: Locator;
  readonly clientError: Locator;
  readonly stepper: Locator;
  readonly back: Locator;
  readonly forward: Locator;
  readonly play: Locator;
  readonly pause: Locator;
  readonly speed: Locator;
  readonly headers: Locator;
  readonly diagram: Locator;
  readonly downloadSvg: Locator;
  readonly downloadPng: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Trace', exact: true });
    this.panel = page.getByRole('tabpanel', { name: 'Trace', exact: true });
    this.rule = this.panel.getByRole('combobox', { name: 'Rule', exact: true });
    this.vm = this.panel.getByRole('combobox', { name: 'VM', exact: true });
    this.client = this.panel.getByLabel('Client endpoint');
    this.clientError = this.panel.getByRole('alert');
    this.stepper = this.panel.getByRole('group', { name: /^Hops/ });
    this.back = this.stepper.getByRole('button', { name: 'Step back' });
    this.forward = this.stepper.getByRole('button', { name: 'Step forward' });
    this.play = this.stepper.getByRole('button', { name: 'Play' });
    this.pause = this.stepper.getByRole('button', { name: 'Pause' });
    this.speed = this.stepper.getByRole('combobox', { name: 'Speed' });
    this.headers = this.stepper.getByRole('table');
    this.diagram = this.panel.locator('.trace-diagram__scroll svg');
    this.downloadSvg = this.panel.getByRole('button', { name: 'Download SVG' });
    this.downloadPng = this.panel.getByRole('button', { name: 'Download PNG' });
  }

  /** Opens the tab and waits for the diagram. */
  async open() {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.diagram).toBeVisible();
  }

  /** The header row of one packet field (srcIp, srcPort, dstIp, dstPort) in the current hop's table. */
  header(field: 'srcIp' | 'srcPort' | 'dstIp' | 'dstPort'): Locator {
    return this.headers.locator(`tr[data-field="${field}"]`);
  }

  /** Expects the stepper to show hop `n` (1-based). */
  async expectHop(n: number) {
    await expect(this.headers.locator('caption')).toHaveText(new RegExp(`^Hop ${n} of 4`));
  }

  /** Clicks a control that downloads a file and returns its name and bytes. */
  async download(trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger.click()]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  /** Serious and critical axe-core violations inside the open tab panel. */
  async seriousAccessibilityViolations() {
    const { violations } = await new AxeBuilder({ page: this.page }).include('[role="tabpanel"]:not([hidden])').analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}
