// Loaded only through loadScriptCore(): the generators are the bulk of the Scripts tab's code.
export { generateScript } from '../../core/scripts/generate';
export { generateDesignScript } from '../../core/scripts/designScripts';
export { allScripts } from './bundle';
