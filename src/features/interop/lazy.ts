import { loadLateEnglish } from '../../i18n/lateEnglish';
import { loadOnce } from '../../lib/loadOnce';

// The exporters load on first use, not with the page; the importers load inside the import worker (useImportWorker).

/** The core's Azure exporters: `exportTopology(view, format)` for one load balancer, `exportDesign(topology, format)` for all. */
export const loadExporter = loadOnce(() =>
  Promise.all([import('../../core/export/export'), import('../../core/export/design')]).then(([one, all]) => ({
    exportTopology: one.exportTopology,
    exportDesign: all.exportDesign,
  })),
);

/** The core's design report: `reportHtml`, `reportMarkdown`. */
export const loadReport = loadOnce(() => import('../../core/document/report/report'));

/** The Import dialog's form and summary, with the core's import texts they show (not in the first load). */
export const loadDialogBody = loadOnce(() => Promise.all([import('./ImportDialogBody'), loadLateEnglish()]).then(([m]) => m));
