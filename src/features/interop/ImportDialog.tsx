import { useT } from '../../i18n/useT';
import { closeImportDialog, useImportDialogStore } from './importDialogStore';
import { loadDialogBody } from './lazy';
import { messages } from './launch/messages';
import { Dialog } from '../../lib/ui/Dialog';
import { useLoaded } from '../../lib/useLoaded';

/** The Import dialog, mounted while open; each opening starts from a fresh form (or the dropped file). */
export function ImportDialog() {
  const t = useT(messages);
  const open = useImportDialogStore((s) => s.open);
  const opening = useImportDialogStore((s) => s.opening);
  const seed = useImportDialogStore((s) => s.seed);
  // The form and summary are their own chunk: nothing of the dialog but this shell is in the initial bundle.
  const body = useLoaded(loadDialogBody, open);
  if (!open) return null;
  if (body.module) return <body.module.ImportDialogBody key={opening} seed={seed} />;
  if (!body.failed) return null; // a few milliseconds on first opening
  return (
    <Dialog wide title={t('dialogTitle')} onCancel={closeImportDialog} cancelLabel={t('cancel')}>
      <p role="alert">{t('loadFailed')}</p>
    </Dialog>
  );
}
