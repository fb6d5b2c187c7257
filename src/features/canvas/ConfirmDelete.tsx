import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import type { DeleteRequest } from './useDeletion';
import { Button } from '../../lib/ui/Button';

interface ConfirmDeleteProps {
  request: DeleteRequest | undefined;
  onConfirm: (request: DeleteRequest) => void;
  onCancel: () => void;
}

/** A modal dialog listing what a deletion breaks; the native <dialog> traps focus and closes on Escape. */
export function ConfirmDelete({ request, onConfirm, onCancel }: ConfirmDeleteProps) {
  const t = useT(messages);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
  }, [request]);

  const count = request?.nodeIds.length ?? 0;
  return (
    <dialog ref={ref} className="fp-dialog" aria-labelledby={titleId} onClose={onCancel}>
      {request && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            onConfirm(request);
          }}
        >
          <h2 id={titleId} className="fp-dialog__title">
            {count === 1 ? t('deleteOne') : t('deleteMany', { n: count })}
          </h2>
          <p>{t('breaks')}</p>
          <ul className="fp-dialog__list">
            {request.impact.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="fp-dialog__hint">{t('undoHint')}</p>
          <div className="fp-dialog__actions">
            <Button onClick={onCancel} autoFocus>
              {t('cancel')}
            </Button>
            <Button type="submit" variant="danger">
              {t('delete')}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
