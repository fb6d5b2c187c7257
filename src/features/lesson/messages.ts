import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** The lesson panel's own words; the step texts and the quiz come from src/core/lesson/messages.ts. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
