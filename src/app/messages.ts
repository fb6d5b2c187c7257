import { uiMessages } from '../i18n/catalog';
import { en } from './messages.en';

/** The shell's texts: header, toolbar, notices, tab names and the language and theme pickers. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
