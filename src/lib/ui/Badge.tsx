import type { ReactNode } from 'react';
import { cx } from './cx';
import styles from './Badge.module.css';

/** error, warning, info: a severity; on, off: a setting's state. */
export type BadgeTone = 'error' | 'warning' | 'info' | 'on' | 'off';

interface BadgeProps {
  tone: BadgeTone;
  children: ReactNode;
  className?: string;
}

/** A short coloured label: a square uppercase tag for a severity, a round pill for on/off. */
export function Badge({ tone, children, className }: BadgeProps) {
  const shape = tone === 'on' || tone === 'off' ? styles.pill : styles.tag;
  return (
    <span data-tone={tone} className={cx(styles.badge, shape, styles[tone], className)}>
      {children}
    </span>
  );
}
