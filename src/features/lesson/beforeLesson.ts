import { loadTopology } from '../../core/topology/load';
import type { Topology } from '../../core/topology/schema';

/** Where the topology from before the lesson waits, so a reload during the lesson does not lose it. */
export const BEFORE_LESSON_KEY = 'floatplan.lesson.before.v1';

/** Why the topology could not be kept: the storage was full, or another error's message. */
export type KeepFailure = { full: boolean; message: string };

/**
 * Remembers the user's topology while the lesson runs; returns why when the browser refuses to store it. Then the
 * lesson must not start (issue 12 item 9): memory alone would lose the work on a reload.
 */
export function keepBeforeLesson(t: Topology, storage?: Pick<Storage, 'setItem'>): KeepFailure | null {
  try {
    // Inside the try: where the browser blocks site storage, reading localStorage itself throws (SecurityError).
    (storage ?? globalThis.localStorage)?.setItem(BEFORE_LESSON_KEY, JSON.stringify(t));
    return null;
  } catch (e) {
    const { name, message } = (e ?? {}) as { name?: string; message?: string };
    return { full: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED', message: message ?? String(e) };
  }
}

/** The topology kept by a lesson that was never left (the page was closed), or null. */
export function readBeforeLesson(): Topology | null {
  let raw: string | null = null;
  try {
    raw = globalThis.localStorage?.getItem(BEFORE_LESSON_KEY) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  const loaded = loadTopology(raw);
  return loaded.ok ? loaded.topology : null;
}

/** Forgets the kept topology once it is back (or the user chose to keep the canvas). */
export function forgetBeforeLesson(): void {
  try {
    globalThis.localStorage?.removeItem(BEFORE_LESSON_KEY);
  } catch {
    // nothing stored
  }
}
