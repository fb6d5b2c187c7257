import type { ButtonHTMLAttributes, Ref } from 'react';
import { cx } from './cx';
import styles from './Button.module.css';

/** default: a bordered button; primary: the one main action; quiet: underlined, no border; link: reads as a link; danger: deletes. */
export type ButtonVariant = 'default' | 'primary' | 'quiet' | 'link' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** sm: compact rows (canvas toolbar, inspector lists). */
  size?: 'md' | 'sm';
  ref?: Ref<HTMLButtonElement>;
}

/** A button in one of the kit's variants; `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({ variant = 'default', size = 'md', type = 'button', className, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      data-variant={variant}
      className={cx(styles.button, variant !== 'default' && styles[variant], size === 'sm' && styles.small, className)}
      {...rest}
    />
  );
}
