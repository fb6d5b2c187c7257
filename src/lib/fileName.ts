// The browser's features take their download names from the core's one implementation (the CLI uses it too).
export { safeFileName } from '../core/files/fileName';
