import type { Locator, Page } from '@playwright/test';

/** The outbound path the Trace tab shows for the traced VM (features/trace/TraceExtras.tsx, `.trace-egress`). */
export class OutboundPage {
  /** The line itself: data-kind is the core's kind, data-public-ip the address the internet sees ('' when unknown or none). */
  readonly egress: Locator;

  constructor(readonly page: Page) {
    this.egress = page.getByRole('tabpanel', { name: 'Trace', exact: true }).locator('.trace-egress');
  }
}
