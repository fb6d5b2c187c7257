import { lazy, Suspense, useState, type ComponentType } from 'react';
import { loadLateEnglish } from '../i18n/lateEnglish';
import { useT } from '../i18n/useT';
import { loadOnce } from '../lib/loadOnce';
import { messages } from './messages';

// The Trace, Scripts, NSG and Export tabs are chunks of their own, fetched the first time each tab opens (the
// analysis panel mounts a tab's content only then): none of them is needed to draw the first screen.
const loadTrace = loadOnce(() => import('../features/trace/TracePanel').then((m) => ({ default: m.TracePanel })));
// Scripts and Export show the core's script texts (the report holds the scripts): their English comes along.
const loadScripts = loadOnce(() =>
  Promise.all([import('../features/scripts/ScriptsPanel'), loadLateEnglish()]).then(([m]) => ({ default: m.ScriptsPanel })),
);
const loadNsg = loadOnce(() => import('../features/nsg/NsgPanel').then((m) => ({ default: m.NsgPanel })));
const loadExport = loadOnce(() =>
  Promise.all([import('../features/interop/ExportPanel'), loadLateEnglish()]).then(([m]) => ({ default: m.ExportPanel })),
);

/** A tab's content, from a chunk loaded when it first mounts; a polite status says why it is empty meanwhile. */
function lazyTab(load: () => Promise<{ default: ComponentType }>) {
  return function LazyTab() {
    const t = useT(messages);
    // React.lazy remembers a failure for good: one per mount lets the tab's boundary retry after a failed fetch.
    const [Panel] = useState(() => lazy(load));
    return (
      <Suspense
        fallback={
          <p className="app-tab-loading" role="status" aria-live="polite">
            {t('tabLoading')}
          </p>
        }
      >
        <Panel />
      </Suspense>
    );
  };
}

export const LazyTracePanel = lazyTab(loadTrace);
export const LazyScriptsPanel = lazyTab(loadScripts);
export const LazyNsgPanel = lazyTab(loadNsg);
export const LazyExportPanel = lazyTab(loadExport);
