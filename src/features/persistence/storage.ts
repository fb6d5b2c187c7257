/** The subset of the Web Storage API persistence uses; tests pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Where autosave keeps the current topology, its JSON as-is. The suffix stays: work saved in either topology version
 * loads (version 1 is read as version 2), and is saved again as version 2.
 */
export const SAVE_KEY = 'floatplan.topology.v1';

/** Where saved data that could not be restored is kept until the user dismisses the notice about it. */
export const BACKUP_KEY = 'floatplan.topology.v1.unrestorable';

/** The browser's localStorage, or null where it is unavailable (some privacy modes throw on access). */
export function browserStorage(): KeyValueStore | null {
  try {
    const storage = window.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/** A Map-backed KeyValueStore for tests. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** Whether a storage write failed because the site's storage is full (browsers name and number this differently). */
export function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error) && !(typeof e === 'object' && e !== null)) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A store whose writes fail as a full browser storage does (tests of what happens then). */
export function fullStore(initial: Record<string, string> = {}, room = 0): KeyValueStore & { data: Map<string, string> } {
  const store = memoryStore(initial);
  const used = () => [...store.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const limit = used() + room;
  return {
    ...store,
    setItem: (key, value) => {
      // As in browsers, replacing a value needs room only for the difference.
      if (used() - (store.data.get(key)?.length ?? 0) + (store.data.has(key) ? 0 : key.length) + value.length > limit) {
        throw Object.assign(new Error("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota."), {
          name: 'QuotaExceededError',
          code: 22,
        });
      }
      store.setItem(key, value);
    },
  };
}
