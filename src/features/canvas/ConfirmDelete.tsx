import { useEffect, useId, useRef } from 'react';
import type { DeleteRequest } from './useDeletion';

interface ConfirmDeleteProps {
  request: DeleteRequest | undefined;
  onConfirm: (request: DeleteRequest) => void;
  onCancel: () => void;
}

/** A modal dialog listing what a deletion breaks; the native <dialog> traps focus and closes on Escape. */
export function ConfirmDelete({ request, onConfirm, onCancel }: ConfirmDeleteProps) {
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
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); onConfirm(request); }}>
          <h2 id={titleId} className="fp-dialog__title">Delete {count === 1 ? 'this element' : `${count} elements`}?</h2>
          <p>Deleting breaks these connections:</p>
          <ul className="fp-dialog__list">
            {request.impact.map((line) => <li key={line}>{line}</li>)}
          </ul>
          <p className="fp-dialog__hint">You can undo this afterwards.</p>
          <div className="fp-dialog__actions">
            <button type="button" className="fp-button" onClick={onCancel} autoFocus>Cancel</button>
            <button type="submit" className="fp-button fp-button--danger">Delete</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
