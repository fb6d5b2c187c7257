import { useT } from '../../i18n/useT';
import { openImportDialog } from './importDialogStore';
import { messages } from './messages';

/** The toolbar's "Import…" button: opens the Import dialog empty. */
export function ImportButton() {
  const t = useT(messages);
  return (
    <button type="button" className="app-button" onClick={() => openImportDialog()} title={t('importButtonTitle')} aria-haspopup="dialog">
      {t('importButton')}
    </button>
  );
}
