/** The subset of the Web Storage API persistence uses; tests pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where autosave keeps the current topology: the v1 JSON as-is. Bump the suffix with the format. */
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
