import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** Texts of the examples picker, with each shipped example's name. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
