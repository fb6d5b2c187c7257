// Every English catalog of the core in one table: English is always loaded (the CLI, exports and JSON print it).
// Adding a catalog: a messages.en.ts beside its code, one line in enFirstScreen.ts (the app's first screen shows it),
// enAnalysis.ts (the analysis's diagnostics) or enLate.ts (only a feature loaded on demand does), and one in ja.ts.
// The app's build swaps this module for enFirstScreen.ts (vite.config.ts), so keep `en` its only value export.
import { enAnalysis } from './enAnalysis';
import { en as enFirstScreen } from './enFirstScreen';
import { enLate } from './enLate';

/** The core's English texts by full key (`validation.…`, `import.…`, `load.…`, `script.…`). */
export const en = { ...enFirstScreen, ...enAnalysis, ...enLate };

/** A key of any core catalog. */
export type TextKey = keyof typeof en;
