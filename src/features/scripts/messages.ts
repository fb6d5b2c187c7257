import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** Texts of the Scripts tab: pickers, toggles, actions and their status lines. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
