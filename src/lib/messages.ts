import { uiMessages } from '../i18n/catalog';
import { en } from './messages.en';

/** The shared pieces' texts: what a failed panel says (PanelBoundary). */
export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
