import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** The welcome's words: the first visit's banner and the empty canvas's card. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
