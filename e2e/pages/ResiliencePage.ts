import { expect, type Locator, type Page } from '@playwright/test';

/** The words a failed panel shows (src/lib/messages.ts), per UI language. */
const NAMES = {
  en: {
    stopped: (area: string) => `${area} stopped working`,
    retry: 'Try again',
    copy: 'Copy error report',
    copied: 'Copied. Paste it into a bug report.',
    details: 'Show the error report',
    report: 'Error report',
    include: 'Include the whole topology (names and addresses) in the report',
  },
  ja: {
    stopped: (area: string) => `${area}が動作を停止しました`,
    retry: '再試行',
    copy: 'エラー レポートをコピー',
    copied: 'コピーしました。バグ報告に貼り付けてください。',
    details: 'エラー レポートを表示',
    report: 'エラー レポート',
    include: 'トポロジ全体 (名前とアドレス) をレポートに含める',
  },
} as const;

/** A panel's error boundary (PanelBoundary) as a user sees it, and a way to make the diagram code fail on purpose. */
export class ResiliencePage {
  private readonly names: (typeof NAMES)[keyof typeof NAMES];

  constructor(
    readonly page: Page,
    language: keyof typeof NAMES = 'en',
  ) {
    this.names = NAMES[language];
  }

  /** The failure message of one area, e.g. "The Trace tab". */
  boundary(area: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: this.names.stopped(area) });
  }

  /** Every failure message on the page. */
  get anyBoundary(): Locator {
    return this.page.locator('.boundary');
  }

  tryAgain(area: string): Locator {
    return this.boundary(area).getByRole('button', { name: this.names.retry });
  }

  copyReport(area: string): Locator {
    return this.boundary(area).getByRole('button', { name: this.names.copy });
  }

  copied(area: string): Locator {
    return this.boundary(area).getByRole('status').filter({ hasText: this.names.copied });
  }

  includeTopology(area: string): Locator {
    return this.boundary(area).getByRole('checkbox', { name: this.names.include });
  }

  /** The report text, after opening its disclosure. */
  async reportText(area: string): Promise<string> {
    const box = this.boundary(area).getByRole('textbox', { name: this.names.report });
    if (!(await box.isVisible())) await this.boundary(area).getByText(this.names.details).click();
    await expect(box).toBeVisible();
    return box.inputValue();
  }

  /**
   * Serves the Trace tab's diagram chunk with a designDiagram that throws while the page's `__floatplanFault` is set,
   * and otherwise calls the real one (the same file, fetched with a query the route does not match). The Trace tab
   * loads it with import() on first opening, so it fails the way it did with a probe port of -1, without any test hook
   * in the app.
   */
  async breakDiagramCode(message: string) {
    await this.page.evaluate(() => ((window as unknown as { __floatplanFault?: boolean }).__floatplanFault = true));
    await this.page.route(/\/assets\/[^/?]*[dD]iagram-[^/?]+\.js$/, async (route) => {
      // Only the module the Trace tab imports, the one exporting designDiagram by name: the build splits the diagram
      // code into that entry and chunks it shares with the design report, which must load as they are.
      const real = await route.fetch();
      if (!/\bas designDiagram\b|function designDiagram\b/.test(await real.text())) return route.fulfill({ response: real });
      return route.fulfill({
        contentType: 'text/javascript',
        body: [
          `import { designDiagram as real } from ${JSON.stringify(`${route.request().url()}?real`)};`,
          `export function designDiagram(...args) { if (window.__floatplanFault) throw new Error(${JSON.stringify(message)}); return real(...args); }`,
        ].join('\n'),
      });
    });
  }

  /** Serves an Import dialog body (loaded with import() on first opening) that throws while rendering. */
  async breakImportDialog(message: string) {
    await this.page.route(/\/assets\/ImportDialogBody-[^/?]+\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `export function ImportDialogBody() { throw new Error(${JSON.stringify(message)}); }`,
      }),
    );
  }

  /** Makes the diagram code work again (see breakDiagramCode). */
  async healDiagramCode() {
    await this.page.evaluate(() => ((window as unknown as { __floatplanFault?: boolean }).__floatplanFault = false));
  }
}
