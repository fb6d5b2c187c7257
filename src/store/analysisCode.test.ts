import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrateV1 } from '../core/topology/design';
import { topology } from '../core/testing/builders';
import { analyzeTopology } from '../core/validation/analyzeTopology';
import { loadPageAnalysis, pageAnalysisNow, pageAnalysisWithin } from './analysisCode';

afterEach(() => {
  vi.useRealTimers();
});

describe('the page analysis code, loaded on demand', () => {
  it('is absent until loaded, then fetched once and the same code the core has', async () => {
    const first = loadPageAnalysis();
    expect(loadPageAnalysis()).toBe(first);
    const code = await first;
    expect(pageAnalysisNow()).toBe(code);
    const t = migrateV1(topology());
    expect(code.analyze(t)).toBe(analyzeTopology(t));
  });

  it('lets the start wait for it, and no longer than the code takes when it comes first', async () => {
    vi.useFakeTimers();
    // Never advanced: the promise can only settle through the load.
    await expect(pageAnalysisWithin(60_000)).resolves.toBeUndefined();
  });
});
