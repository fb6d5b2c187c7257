// The importers (with their HCL and Bicep parsers) and the exporters load on first use, not with the page.

/**
 * Wraps a dynamic import so it runs once however many callers ask; a failed load is forgotten so the next call
 * retries. (The Scripts tab has the same helper; features may not share code except through src/lib.)
 */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The core's import entry point: `importDefinition(text, options)`. */
export const loadImporter = loadOnce(() => import('../../core/import/importDefinition'));

/** The core's Azure exporters: `exportTopology(topology, format)`. */
export const loadExporter = loadOnce(() => import('../../core/export/export'));

/** The Import dialog's form and summary. */
export const loadDialogBody = loadOnce(() => import('./ImportDialogBody'));
