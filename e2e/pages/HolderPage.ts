import { expect, type Locator, type Page } from '@playwright/test';
import type { FrontendIpHolder } from '../../src/core/topology/schema';
import { messages as analysisMessages } from '../../src/features/analysis/messages';
import { messages as canvasMessages } from '../../src/features/canvas/messages';
import { messages as inspectorMessages } from '../../src/features/inspector/messages';

const EN = inspectorMessages.en;

/** The words of each mode as the inspector's catalog has them: the radio's label and the explanation under it. */
export const MODE_WORDS: Record<FrontendIpHolder, { label: string; hint: string }> = {
  'every-member': { label: EN.holderEvery, hint: EN.holderEveryHint },
  'cluster-windows': { label: EN.holderWindows, hint: EN.holderWindowsHint },
  'cluster-pacemaker': { label: EN.holderPacemaker, hint: EN.holderPacemakerHint },
  appliance: { label: EN.holderAppliance, hint: EN.holderApplianceHint },
};

/** The Mapping tab's words for each listen place (its catalog, keyed as RowCells keys it). */
export const LISTEN_ON_WORDS = {
  nic: analysisMessages.en.onNic,
  loopback: analysisMessages.en.onLoopback,
  cluster: analysisMessages.en.onCluster,
  none: analysisMessages.en.onNothing,
} as const;

/** The pool node's badge for a mode; the default mode has none. */
export function badgeWords(holder: Exclude<FrontendIpHolder, 'every-member'>): string {
  return canvasMessages.en[`holder.${holder}`];
}

/** The backend pool's "Who holds the frontend IP" radio group in the inspector, its pool node and listen-on cells. */
export class HolderPage {
  readonly inspector: Locator;
  readonly group: Locator;
  readonly hint: Locator;
  readonly docs: Locator;

  constructor(readonly page: Page) {
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.group = this.inspector.getByRole('group', { name: EN.holder, exact: true });
    this.hint = this.group.locator('.field__hint');
    this.docs = this.group.getByRole('link', { name: EN.holderDocs });
  }

  /** The pool's node on the canvas. */
  poolNode(pool: string): Locator {
    return this.page.getByRole('region', { name: 'Canvas' }).locator(`.react-flow__node[data-id$="/backendPool:${pool}"]`);
  }

  /** Selects a backend pool by clicking its canvas node; the inspector then shows its form. */
  async selectPool(pool: string) {
    await this.poolNode(pool).click();
    await expect(this.inspector.getByRole('heading', { level: 2 })).toHaveText(`Backend pool ${pool}`);
    await expect(this.group).toBeVisible();
  }

  radio(holder: FrontendIpHolder): Locator {
    return this.group.getByRole('radio', { name: MODE_WORDS[holder].label, exact: true });
  }

  /** Chooses a mode the way a user does: a click on its radio button. */
  async choose(holder: FrontendIpHolder) {
    await this.radio(holder).check();
    await expect(this.radio(holder)).toBeChecked();
  }

  /** The Mapping tab's "listens on" cell for one rule and VM. */
  listenOn(rule: string, vm: string): Locator {
    return this.page.locator(`tr[data-rule="${rule}"][data-vm="${vm}"] [data-column="listenOn"]`);
  }
}
