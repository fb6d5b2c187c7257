import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** Texts of the analysis panel: the Mapping and Diagnostics tabs. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
