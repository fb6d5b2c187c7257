import { loadTopology } from '../../core/topology/load';
import type { Topology } from '../../core/topology/schema';

/** Where the topology from before the lesson waits, so a reload during the lesson does not lose it. */
export const BEFORE_LESSON_KEY = 'floatplan.lesson.before.v1';

/** Remembers the user's topology while the lesson runs; returns false when the browser refuses to store it. */
export function keepBeforeLesson(t: Topology): boolean {
  try {
    globalThis.localStorage?.setItem(BEFORE_LESSON_KEY, JSON.stringify(t));
    return true;
  } catch {
    return false; // storage full or blocked: the lesson still restores it from memory
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
