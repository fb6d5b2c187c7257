import type { Notice } from '../store/uiStore';

// Long enough to read a sentence or two; an error, which says what to fix, stays longer.
const DELAY = { info: 7000, warning: 10000, error: 12000 } as const;

/**
 * How long a notice shows before it closes by itself, in ms; null when it stays until dismissed: it holds data the
 * user may lose (a download), offers an action, or its sender asked it to stay.
 */
export function toastDelay(notice: Pick<Notice, 'tone' | 'download' | 'action' | 'stays' | 'text'>): number | null {
  if (notice.download || notice.action || notice.stays) return null;
  // A long text (a file's errors, one per line) gets more time: about a second per 15 words past the first 20.
  const words = notice.text.split(/\s+/).length;
  return DELAY[notice.tone] + Math.max(0, words - 20) * 66;
}
