// Loaded only through loadScriptCore(): the generators are the bulk of the Scripts tab's code.
export { generateScript } from '../../core/scripts/generate';
export { allScripts } from './bundle';
