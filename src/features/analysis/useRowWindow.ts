import { useEffect, useState, type RefObject } from 'react';

/** Rows rendered when the table mounts: more than a tall screen shows. */
export const FIRST_ROWS = 30;
/** Rows added each time the end of the rendered ones comes near the screen. */
const STEP = 30;
/** How many rows before the last rendered one the next rows are added: they are ready before they scroll in. */
const OVERSCAN = 10;

/**
 * How many of a table's `total` rows to render: the first screenful, then more as the user scrolls towards the end
 * (and always the first `atLeast`, e.g. up to a selected row). Re-opening the Mapping tab of a large topology (and
 * leaving it) then creates and removes a screenful of rows, not a whole page of them. Without IntersectionObserver
 * (tests, old browsers) every row is rendered. `frame` is an element around the table.
 */
export function useRowWindow(frame: RefObject<HTMLElement | null>, total: number, atLeast = 0): number {
  const [count, setCount] = useState(FIRST_ROWS);
  const observable = typeof IntersectionObserver !== 'undefined';
  const rendered = observable ? Math.min(total, Math.max(count, atLeast)) : total;
  useEffect(() => {
    if (rendered >= total) return;
    // The last OVERSCAN rows, all of them: a jump to the end (End key, scrollbar) may never show the first of them.
    const near = [...(frame.current?.querySelectorAll('tbody > tr') ?? [])].slice(-OVERSCAN);
    if (near.length === 0) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setCount(rendered + STEP);
    });
    for (const row of near) observer.observe(row);
    return () => observer.disconnect();
  }, [frame, rendered, total]);
  return rendered;
}
