import { prepareLayout } from '../features/canvas/layout';
import { openBenchFromUrl } from '../features/canvas/useBenchLoader';
import { startLanguage, useLanguageStore } from '../i18n/language';
import { pageAnalysisWithin } from '../store/analysisCode';
import { useTopologyStore } from '../store/topologyStore';
import { bootstrap } from './bootstrap';

/**
 * How long the first paint may wait for the page's analysis code (10–110 ms from the same machine under load; the
 * start usually waits as long for dagre or the Japanese catalogs anyway). Past it the page paints and the analysis
 * follows.
 */
const ANALYSIS_WAIT_MS = 100;

/**
 * Everything before the first render, so the first paint is final: the start language's catalogs (a Japanese start
 * fetches them), then the remembered theme, saved work and share links (and the canvas benchmark's `?bench=`
 * topology), then dagre if the starting topology has nodes without a stored position (the built-in example has
 * none), and alongside them the page's analysis code (on its way since the analysis store was made), for at most
 * {@link ANALYSIS_WAIT_MS}. A fetch that fails does not stop the start: the app opens in English, or with each column
 * in the topology's order, or with the analysis following the first paint.
 */
export async function start(): Promise<void> {
  const analysis = pageAnalysisWithin(ANALYSIS_WAIT_MS);
  await startLanguage().catch(() => useLanguageStore.setState({ language: 'en' }));
  bootstrap();
  await openBenchFromUrl().catch(() => undefined);
  await prepareLayout(useTopologyStore.getState().topology).catch(() => undefined);
  await analysis;
}
