import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** The buttons. showModal() focuses the first focusable control in the dialog: put the safe one first. */
  actions: ReactNode;
  /** Escape, or the browser closing the dialog: treated as "cancel". */
  onCancel: () => void;
}

/**
 * A modal built on <dialog>: the browser traps focus, makes the page behind it inert, closes on Escape
 * and returns focus to where it was. Mounted means open.
 */
export function Dialog({ title, children, actions, onCancel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="app-dialog"
      aria-labelledby={titleId}
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
