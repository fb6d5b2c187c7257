import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** The buttons. showModal() focuses the first focusable control in the dialog: put the safe one first. */
  actions: ReactNode;
  /** Escape, or the browser closing the dialog: treated as "cancel". */
  onCancel: () => void;
  /** Set while work runs, for assistive technology. */
  busy?: boolean;
  /** A feature's own class, added to `app-dialog` (for a wider dialog, say). */
  className?: string;
}

/**
 * A modal on <dialog>: the browser traps focus, makes the page behind it inert and closes on Escape; on close the
 * focus goes back to where it was. Mounted means open.
 * @example {open && <Dialog title="Share" actions={<button onClick={close}>Close</button>} onCancel={close}>…</Dialog>}
 */
export function Dialog({ title, children, actions, onCancel, busy = false, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // A layout effect, so the cleanup runs while the dialog is still in the document; and the focus is handed back
  // explicitly, because a dialog removed by React before close() never restores it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `app-dialog ${className}` : 'app-dialog'}
      aria-labelledby={titleId}
      aria-busy={busy}
      onCancel={(e) => {
        e.preventDefault(); // React unmounts it; closing here too would fight that
        onCancel();
      }}
    >
      <h2 id={titleId} className="app-dialog__title">
        {title}
      </h2>
      <div className="app-dialog__body">{children}</div>
      <div className="app-dialog__actions">{actions}</div>
    </dialog>
  );
}
