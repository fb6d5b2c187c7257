import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** Every string the Trace tab shows, in English and Japanese (Microsoft's terms from the Japanese floating IP page). */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
