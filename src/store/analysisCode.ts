// Loads the page's analysis code (store/pageAnalysis.ts) on demand, so the first load of the app leaves out the
// core's validation, its English texts and the worker answers' decoder (issue 18: initial JS ≤ 200 KB gzip).
import type { PageAnalysis } from './analysisRunner';

let loaded: PageAnalysis | undefined;
let pending: Promise<PageAnalysis> | undefined;

/** Fetches the page's analysis code once; a failed fetch is forgotten, so the next call (Analyse again) retries. */
export function loadPageAnalysis(): Promise<PageAnalysis> {
  pending ??= import('./pageAnalysis').then(
    (m) => (loaded = m.pageAnalysis()),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The page's analysis code once it has loaded; undefined before. */
export const pageAnalysisNow = (): PageAnalysis | undefined => loaded;

/**
 * Resolves once the page's analysis code is there, or after `ms` milliseconds, whichever is first; never rejects.
 * The start waits for it this long at most, so a small topology's first paint shows its analysis (no "no analysis
 * yet" frame) while a slow network still never holds the first paint for more than a moment.
 */
export function pageAnalysisWithin(ms: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    loadPageAnalysis().then(
      () => {
        clearTimeout(timer);
        done();
      },
      () => undefined,
    );
  });
}
