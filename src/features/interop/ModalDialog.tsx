import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  /** Escape, or the browser closing the dialog: treated as "cancel". */
  onCancel: () => void;
  /** Set while work runs, for assistive technology. */
  busy?: boolean;
}

/**
 * A modal on <dialog>: the browser traps focus, makes the page behind it inert, closes on Escape and returns focus
 * to where it was. Mounted means open. (Persistence has the same component; features may not import each other.)
 */
export function ModalDialog({ title, children, actions, onCancel, busy = false }: ModalDialogProps) {
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
      className="app-dialog interop-dialog"
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
