import { uiMessages } from '../../../i18n/catalog';
import { en } from './messages.en';

/**
 * The lesson's words on the first screen: the Lesson button, the loading line and the start refusal. Apart from the
 * panel's catalog (../messages.ts), which comes with the panel's chunk when the lesson first opens.
 */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
