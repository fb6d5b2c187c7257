import type { HTMLAttributes } from 'react';
import styles from './Text.module.css';

/** Text for screen readers only (a label or a status the layout shows by other means). */
export function VisuallyHidden(props: HTMLAttributes<HTMLSpanElement>) {
  return <span className={styles.hidden} {...props} />;
}
