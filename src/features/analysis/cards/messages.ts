import { uiMessages } from '../../../i18n/catalog';
import { en } from './messages.en';

/** Texts of the Mapping tab's per-VM cards (a phone), in the cards' chunk. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
