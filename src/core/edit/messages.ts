import { defineMessages } from '../i18n/locale';
import { editEn } from './messages.en';
import { editJa } from './messages.ja';

/**
 * Texts of the editing rules: wiring refusals and notes, delete impact, rename refusals. English is what the CLI
 * and the tests see, so changing an English text changes their output.
 */
export const messages = defineMessages(editEn, editJa);
