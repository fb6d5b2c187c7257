import { useT } from '../i18n/useT';
import { openImportDialog } from '../features/interop/importDialogStore';
import { messages as importMessages } from '../features/interop/launch/messages';
import { keepsWork } from '../features/persistence/PreviousWork';
import { messages as persistenceMessages } from '../features/persistence/messages';
import type { MenuItem } from '../lib/ui/MenuButton';
import { COMMANDS, SHORTCUT_HINTS } from './commands';
import { messages } from './messages';

/** New, Open, Import, Save, Share link and Previous work, in the words of the UI's language; one list for both headers. */
export function useFileActions(openPrevious: () => void): MenuItem[] {
  const t = useT(messages);
  const ti = useT(importMessages);
  const tp = useT(persistenceMessages);
  const items: MenuItem[] = [
    { id: 'new', label: t('new'), title: t('newTitle'), run: COMMANDS.new },
    { id: 'open', label: t('open'), title: t('openTitle', { shortcut: SHORTCUT_HINTS.open.label }), run: COMMANDS.open },
    { id: 'import', label: ti('importButton'), title: ti('importButtonTitle'), dialog: true, run: () => openImportDialog() },
    { id: 'save', label: t('save'), title: t('saveTitle', { shortcut: SHORTCUT_HINTS.save.label }), run: COMMANDS.save },
    { id: 'share', label: t('share'), title: t('shareTitle'), run: COMMANDS.share },
  ];
  // Nothing is ever kept without storage.
  if (keepsWork()) items.push({ id: 'previous', label: tp('previous'), title: tp('previousTitle'), dialog: true, run: openPrevious });
  return items;
}
