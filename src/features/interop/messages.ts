import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

// Every string of the Import dialog and the Export tab. Japanese terms follow Microsoft's Japanese floating IP page.
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
