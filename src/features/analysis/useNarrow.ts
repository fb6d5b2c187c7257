import { useSyncExternalStore } from 'react';

/** The width under which the Mapping tab shows one card per VM instead of its 700-px table (a phone). */
export const NARROW_QUERY = '(max-width: 640px)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(NARROW_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** True while the viewport is phone-narrow; follows rotation and resizing. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
