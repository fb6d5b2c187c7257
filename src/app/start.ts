import { prepareLayout } from '../features/canvas/layout';
import { openBenchFromUrl } from '../features/canvas/useBenchLoader';
import { startLanguage, useLanguageStore } from '../i18n/language';
import { useTopologyStore } from '../store/topologyStore';
import { bootstrap } from './bootstrap';

/**
 * Everything before the first render, so the first paint is final: the start language's catalogs (a Japanese start
 * fetches them), then the remembered theme, saved work and share links (and the canvas benchmark's `?bench=`
 * topology), then dagre if the starting topology has nodes without a stored position (the built-in example has
 * none). A fetch that fails does not stop the start: the app opens in English, or with each column in the
 * topology's order.
 */
export async function start(): Promise<void> {
  await startLanguage().catch(() => useLanguageStore.setState({ language: 'en' }));
  bootstrap();
  await openBenchFromUrl().catch(() => undefined);
  await prepareLayout(useTopologyStore.getState().topology).catch(() => undefined);
}
