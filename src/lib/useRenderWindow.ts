import { useEffect, useState, type RefObject } from 'react';

/** Items rendered when a long list mounts: more than a tall screen shows. */
export const FIRST_ITEMS = 20;
/** Items added each time the end of the rendered ones comes near the screen. */
const STEP = 20;
/** How many items before the last rendered one the next items are added: they are ready before they scroll in. */
const OVERSCAN = 10;

/**
 * How many of a long list's `total` items to render: the first screenful, then more as the user scrolls towards the
 * end (and always the first `atLeast`, e.g. up to a selected row). Opening a tab with a large topology's list (and
 * leaving it) then creates and removes a screenful of items, not hundreds. `frame` is an element around the list and
 * `items` selects its rendered items in it (`'tbody > tr'`). Without IntersectionObserver (tests, old browsers) every
 * item is rendered. A scrolling box around the list is fine: an item it clips is not on screen.
 * @example const rendered = useRenderWindow(ref, rows.length, 'tbody > tr')
 */
export function useRenderWindow(frame: RefObject<HTMLElement | null>, total: number, items: string, atLeast = 0): number {
  const [count, setCount] = useState(FIRST_ITEMS);
  const observable = typeof IntersectionObserver !== 'undefined';
  const rendered = observable ? Math.min(total, Math.max(count, atLeast)) : total;
  useEffect(() => {
    if (rendered >= total) return;
    // The last OVERSCAN items, all of them: a jump to the end (End key, scrollbar) may never show the first of them.
    const near = [...(frame.current?.querySelectorAll(items) ?? [])].slice(-OVERSCAN);
    if (near.length === 0) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setCount(rendered + STEP);
    });
    for (const item of near) observer.observe(item);
    return () => observer.disconnect();
  }, [frame, rendered, total, items]);
  return rendered;
}
