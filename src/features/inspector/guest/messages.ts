import { uiMessages } from '../../../i18n/catalog';
import { en } from './messages.en';

/** Texts of a VM's guest summary (what it holds, listens on and answers, its script), in the forms' chunk. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
