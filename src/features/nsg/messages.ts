import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** Texts of the NSG tab: the planned rules, the rules per VM and the user's own NSGs. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
