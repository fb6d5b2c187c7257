import { registerEnglish } from '../core/i18n/text';

let pending: Promise<void> | undefined;

/**
 * Fetches and registers the core's import, script and check English catalogs (core/i18n/enLate.ts), which the app's
 * first load leaves out (vite.config.ts, firstScreenEnglish). The import dialog and the Scripts and Export tabs
 * await it before they render, so every text they show resolves; elsewhere (tests, dev server) it is already there.
 * Once per page; a failed fetch is forgotten, so the next opening retries.
 */
export function loadLateEnglish(): Promise<void> {
  pending ??= import('../core/i18n/enLate').then(
    (m) => registerEnglish(m.enLate),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
