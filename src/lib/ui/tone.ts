import type { CSSProperties } from 'react';

/** A colour family of the tokens: each has --{tone}-bg and --{tone}-text, and the severities an --{tone}-edge. */
export type Tone = 'error' | 'warning' | 'info' | 'on' | 'off';

/**
 * The tone's tokens as --tone-* custom properties, so one CSS rule colours every tone.
 * @example toneStyle('error') // { '--tone-bg': 'var(--error-bg)', … }
 */
export function toneStyle(tone: Tone): CSSProperties {
  return {
    '--tone-bg': `var(--${tone}-bg)`,
    '--tone-text': `var(--${tone}-text)`,
    '--tone-edge': `var(--${tone === 'on' || tone === 'off' ? `${tone}-text` : `${tone}-edge`})`,
  } as CSSProperties;
}
