import type { ReactNode } from 'react';
import styles from './CodeBlock.module.css';

/** A row of buttons (Copy, Download, …) with one polite status line that says what the last one did. */
export function ActionBar({ status, children }: { status: string; children: ReactNode }) {
  return (
    <div className={styles.actions}>
      {children}
      <span role="status" className={styles.status}>
        {status}
      </span>
    </div>
  );
}
