import { useT } from '../../i18n/useT';
import { messages } from './launch/messages';

/** The Export tab's label in the current language. */
export function ExportTabLabel() {
  return <>{useT(messages)('exportTab')}</>;
}

/** The hint shown while a file is dragged over the window, in the current language. */
export function DropHint() {
  return <>{useT(messages)('dropHint')}</>;
}
