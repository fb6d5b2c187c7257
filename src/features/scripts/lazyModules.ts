import { loadOnce } from '../../lib/loadOnce';

// The generators, the highlighter and the zip library are only needed once the Scripts tab is opened,
// so each is its own chunk, kept out of the initial bundle.

/** The core's script generators (and the zip's file list built from them). */
export const loadScriptCore = loadOnce(() => import('./scriptCore'));

/** highlight.js core with the bash, powershell and dos grammars. */
export const loadHighlighter = loadOnce(() => import('./highlighter'));

/** fflate's zip writer, wrapped for the bundle. */
export const loadZip = loadOnce(() => import('./zipWriter'));
