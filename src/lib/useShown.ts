import { useCallback, useState, type RefCallback } from 'react';

/**
 * Whether an element is laid out (has a size). Hidden tab panels stay mounted with display: none, so a tab
 * (Scripts, Trace) can do its work, and load its code, only while the user is looking at it.
 */
export function useShown<T extends Element>(): [RefCallback<T>, boolean] {
  const [shown, setShown] = useState(false);
  const ref = useCallback((el: T | null) => {
    if (!el) return;
    if (typeof ResizeObserver === 'undefined') {
      setShown(true);
      return;
    }
    const observer = new ResizeObserver((entries) => setShown(entries.some((e) => e.contentRect.width > 0)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, shown];
}
