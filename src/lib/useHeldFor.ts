import { useEffect, useState } from 'react';

/** How long work runs before a note says so (a large topology's analysis): most edits are analysed sooner. */
export const PROGRESS_NOTE_DELAY_MS = 400;

/**
 * Whether `active` has stayed true for `ms` without a break: false at once when it turns false. A note about work in
 * progress (a large topology's analysis) waits this long, so an analysis that ends in a moment never flashes a bar on
 * the screen, moves what is under it, or has a screen reader announce it.
 * @example const show = useHeldFor(state.status === 'running', PROGRESS_NOTE_DELAY_MS)
 */
export function useHeldFor(active: boolean, ms: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setHeld(true), ms);
    return () => {
      clearTimeout(timer);
      setHeld(false);
    };
  }, [active, ms]);
  return active && held;
}
