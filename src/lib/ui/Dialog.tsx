import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button';
import { cx } from './cx';
import styles from './Dialog.module.css';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** The buttons. showModal() focuses the first focusable control in the dialog: put the safe one first. */
  actions?: ReactNode;
  /** Without `actions`: the text of the one button, which cancels ("Close", "Cancel"). */
  cancelLabel?: string;
  /** Escape, or the browser closing the dialog: treated as "cancel". */
  onCancel: () => void;
  /** Set while work runs, for assistive technology. */
  busy?: boolean;
  /** Room for a table or a long form. */
  wide?: boolean;
  /** A feature's own class, added to the dialog's. */
  className?: string;
}

/**
 * A modal on <dialog>: the browser traps focus, makes the page behind it inert and closes on Escape; on close the
 * focus goes back to where it was. Mounted means open.
 * @example {open && <Dialog title="Share" cancelLabel="Close" onCancel={close}>…</Dialog>}
 */
export function Dialog({ title, children, actions, cancelLabel, onCancel, busy = false, wide = false, className }: DialogProps) {
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
      className={cx(styles.dialog, wide && styles.wide, className)}
      aria-labelledby={titleId}
      aria-busy={busy}
      onCancel={(e) => {
        e.preventDefault(); // React unmounts it; closing here too would fight that
        onCancel();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <div className={styles.body}>{children}</div>
      <div className={styles.actions}>{actions ?? <Button onClick={onCancel}>{cancelLabel}</Button>}</div>
    </dialog>
  );
}
