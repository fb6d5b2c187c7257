import { uiMessages } from '../../../i18n/catalog';
import { en } from './messages.en';

/**
 * The words of import and export the first screen needs: the Import button, the Export tab's label, the drop hint,
 * the dialog's frame and the checks of a dropped file. Apart from the dialog's and the tab's catalog (../messages.ts),
 * which comes with their chunks.
 */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
