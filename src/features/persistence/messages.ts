import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** Texts of opening, saving, sharing and restoring work. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
