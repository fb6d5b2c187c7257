import type { ReactNode } from 'react';
import { Badge } from './Badge';
import { cx } from './cx';
import styles from './Finding.module.css';

type Severity = 'error' | 'warning' | 'info';

/** A list of findings, named for assistive technology. */
export function FindingList({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <ul className={styles.list} aria-label={label}>
      {children}
    </ul>
  );
}

interface FindingProps {
  severity: Severity;
  /** The severity in the UI's language ("Error", "エラー"). */
  severityLabel: string;
  code: string;
  /** The message. */
  children: ReactNode;
  /** A control at the end of the head row (select the elements it names). */
  action?: ReactNode;
  /** A line under the message (its source). */
  foot?: ReactNode;
  /** A bar instead of a card, for a narrow column. */
  compact?: boolean;
  /** Its place in a longer list than is rendered (0-based), for assistive technology. */
  position?: { index: number; of: number };
}

/** One finding as a card: severity badge and code, then the message, then an optional foot line. */
export function Finding({ severity, severityLabel, code, children, action, foot, compact = false, position }: FindingProps) {
  return (
    <li
      data-severity={severity}
      aria-posinset={position && position.index + 1}
      aria-setsize={position?.of}
      className={cx(styles.finding, compact && styles.compact, severity !== 'info' && styles[severity])}
    >
      <div className={styles.head}>
        <Badge tone={severity}>{severityLabel}</Badge>
        <code className={styles.code}>{code}</code>
        {action}
      </div>
      <p className={styles.message}>{children}</p>
      {foot !== undefined && <p className={styles.foot}>{foot}</p>}
    </li>
  );
}
