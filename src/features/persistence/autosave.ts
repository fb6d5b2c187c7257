import type { Topology } from '../../core/topology/schema';
import { savedText } from './serialize';
import { SAVE_KEY, type KeyValueStore } from './storage';

/** Debounced writer of the topology to storage. */
export interface Autosaver {
  /** Saves this topology after `delayMs` of quiet and then an idle moment; a newer call replaces it. */
  schedule(topology: Topology): void;
  /** Writes a pending save now (before the page goes away). */
  flush(): void;
  /** Drops a pending save. */
  cancel(): void;
}

/** Runs a task when the page is idle; returns a function that calls it off. */
export type WhenIdle = (task: () => void) => () => void;

// The longest a due save waits for an idle moment: a page kept busy (an animation, a long analysis) still saves.
const IDLE_TIMEOUT_MS = 1000;

/**
 * Runs `task` in an idle period of the browser (requestIdleCallback), so a save never lands in the frame of the
 * user's next click or drag; where there is none (Safari), after the current task.
 */
export const browserIdle: WhenIdle = (task) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
};

/**
 * Creates an autosaver; `onError` hears about failed writes (storage full or disabled). A due save waits for
 * `whenIdle`; `flush` (on pagehide, a hidden tab) writes at once, so deferring never loses the last edit.
 */
export function createAutosaver(
  store: KeyValueStore,
  delayMs: number,
  onError: (error: Error) => void,
  whenIdle: WhenIdle = browserIdle,
): Autosaver {
  let pending: Topology | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopIdle: (() => void) | null = null;

  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    stopIdle?.();
    timer = null;
    stopIdle = null;
    pending = null;
  };
  const flush = () => {
    const topology = pending;
    cancel();
    if (!topology) return;
    try {
      store.setItem(SAVE_KEY, savedText(topology));
    } catch (e) {
      onError(e as Error);
    }
  };
  const schedule = (topology: Topology) => {
    if (timer !== null) clearTimeout(timer);
    stopIdle?.();
    stopIdle = null;
    pending = topology;
    timer = setTimeout(() => {
      timer = null;
      stopIdle = whenIdle(flush);
    }, delayMs);
  };
  return { schedule, flush, cancel };
}
