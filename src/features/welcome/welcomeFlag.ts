/** Where the browser remembers that the welcome was dismissed (or a start chosen). */
export const WELCOME_KEY = 'floatplan.welcome.v1';
const DISMISSED = 'dismissed';

type FlagStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The page's storage, or null where the browser blocks it (reading `localStorage` itself throws then). */
function pageStorage(): FlagStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the welcome was dismissed before. Anything else stored under the key (a corrupt or foreign value) counts
 * as not dismissed, and so does storage that cannot be read: showing the welcome once too often loses nothing.
 */
export function welcomeDismissed(storage: FlagStore | null = pageStorage()): boolean {
  try {
    return storage?.getItem(WELCOME_KEY) === DISMISSED;
  } catch {
    return false;
  }
}

/** Remembers the dismissal; returns false when the browser refused (the welcome then stays closed for this page only). */
export function rememberWelcomeDismissed(storage: FlagStore | null = pageStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(WELCOME_KEY, DISMISSED);
    return true;
  } catch {
    return false;
  }
}

/**
 * A first visit: the welcome was never dismissed and nothing was saved. Start-up puts saved work (or a lesson left
 * open) on the canvas before the first render, so the built-in example still there, the very same object, means
 * nothing was restored.
 * @example isFirstVisit(DEFAULT_TOPOLOGY, DEFAULT_TOPOLOGY, null) // true
 */
export function isFirstVisit(shown: object, builtIn: object, storage: FlagStore | null = pageStorage()): boolean {
  return shown === builtIn && !welcomeDismissed(storage);
}
