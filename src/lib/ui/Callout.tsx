import type { HTMLAttributes } from 'react';
import { cx } from './cx';
import { toneStyle, type Tone } from './tone';
import styles from './Callout.module.css';

interface CalloutProps extends HTMLAttributes<HTMLElement> {
  tone: Exclude<Tone, 'on' | 'off'>;
  /** The element: a paragraph by default, a div for several blocks, a list for several errors. */
  as?: 'p' | 'div' | 'ul' | 'span';
}

/** A tinted box with a severity bar, for a failure, a warning or a note inside a panel or a dialog. */
export function Callout({ tone, as: Tag = 'p', className, style, ...rest }: CalloutProps) {
  return <Tag data-tone={tone} className={cx(styles.callout, className)} style={{ ...toneStyle(tone), ...style }} {...rest} />;
}
