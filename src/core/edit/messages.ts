import { defineMessages } from '../i18n/locale';
import { editEn } from './messages.en';

// Japanese reads as English until core/i18n/ja.ts puts editJa in (it imports messages.ja.ts, so the Japanese travels
// with the other catalogs the app fetches on demand; the CLI and the tests import it eagerly).

/**
 * Texts of the editing rules: wiring refusals and notes, delete impact, rename refusals. English is what the CLI
 * and the tests see, so changing an English text changes their output.
 */
export const messages = defineMessages(editEn, { ...editEn });
