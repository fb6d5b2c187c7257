import type { Locator, Page } from '@playwright/test';
import { messages } from '../../src/features/trace/messages';
import { TracePage } from './TracePage';

/**
 * The Trace tab's per-mode controls (issue 14): the active node picker of a cluster pool, the destination behind an
 * appliance, the warnings, and the hop the stepper shows; labels come from the tab's catalog.
 */
export class TraceModesPage extends TracePage {
  readonly active: Locator;
  readonly destination: Locator;
  readonly warnings: Locator;
  /** The current hop's explanation under its headers (note, failure or why it is not reached). */
  readonly hopDetail: Locator;

  constructor(
    page: Page,
    readonly language: 'en' | 'ja' = 'en',
  ) {
    super(page, language);
    const m = messages[language];
    this.active = this.panel.getByRole('combobox', { name: m.activeNode, exact: true });
    this.destination = this.panel.getByLabel(m.destinationBehind, { exact: true });
    this.warnings = this.panel.getByRole('status', { name: m.warnings });
    this.hopDetail = this.stepper.locator('.trace-stepper__hop');
  }

  /** Steps forward until hop `n` (1-based) of `count` is shown. */
  async goToHop(n: number, count: number) {
    const caption = this.headers.locator('caption');
    for (let i = 1; i < n; i++) await this.forward.click();
    await caption.filter({ hasText: new RegExp(`^Hop ${n} of ${count}`) }).waitFor();
  }
}
