import type { ReactNode } from 'react';
import { cx } from './cx';
import { toneStyle, type Tone } from './tone';
import styles from './Badge.module.css';

interface BadgeProps {
  /** error, warning, info: a severity; on, off: a setting's state. */
  tone: Tone;
  children: ReactNode;
  /** xs: on a canvas node. */
  size?: 'md' | 'xs';
  className?: string;
}

/** A short coloured label: a square uppercase tag for a severity, a round pill for on/off. */
export function Badge({ tone, children, size = 'md', className }: BadgeProps) {
  const shape = tone === 'on' || tone === 'off' ? styles.pill : styles.tag;
  return (
    <span data-tone={tone} className={cx(styles.badge, shape, size === 'xs' && styles.xs, className)} style={toneStyle(tone)}>
      {children}
    </span>
  );
}
