import { loadOnce } from '../../lib/loadOnce';

// The importers (with their HCL and Bicep parsers) and the exporters load on first use, not with the page.

/** The core's import entry point: `importDefinition(text, options)`. */
export const loadImporter = loadOnce(() => import('../../core/import/importDefinition'));

/** The core's Azure exporters: `exportTopology(topology, format)`. */
export const loadExporter = loadOnce(() => import('../../core/export/export'));

/** The Import dialog's form and summary. */
export const loadDialogBody = loadOnce(() => import('./ImportDialogBody'));
