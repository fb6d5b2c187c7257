import type { InputHTMLAttributes, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cx } from './cx';
import styles from './Field.module.css';

/** A <select> in the kit's style. */
export function Select({ className, ...rest }: SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  return <select className={cx(styles.select, className)} {...rest} />;
}

/** A monospace one-line text field (a link to copy by hand). */
export function CodeInput({ className, ...rest }: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return <input className={cx(styles.code, className)} {...rest} />;
}

/** A monospace text area (a pasted definition). */
export function CodeTextArea({ className, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return <textarea className={cx(styles.code, className)} {...rest} />;
}
