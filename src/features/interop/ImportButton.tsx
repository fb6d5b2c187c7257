import { useT } from '../../i18n/useT';
import { openImportDialog } from './importDialogStore';
import { messages } from './launch/messages';
import { Button } from '../../lib/ui/Button';

/** The toolbar's "Import…" button: opens the Import dialog empty. */
export function ImportButton() {
  const t = useT(messages);
  return (
    <Button onClick={() => openImportDialog()} title={t('importButtonTitle')} aria-haspopup="dialog">
      {t('importButton')}
    </Button>
  );
}
