import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** Texts of the canvas: palette, node kinds and labels, toolbar, delete dialog and wiring hints. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
