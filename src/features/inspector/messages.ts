import { uiMessages } from '../../i18n/catalog';
import { en } from './messages.en';

/** Texts of the inspector: headings, field labels and hints, field problems and element findings. */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
