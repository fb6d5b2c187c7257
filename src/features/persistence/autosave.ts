import type { Topology } from '../../core/topology/schema';
import { serializeTopology } from './serialize';
import { SAVE_KEY, type KeyValueStore } from './storage';

/** Debounced writer of the topology to storage. */
export interface Autosaver {
  /** Saves this topology after `delayMs` of quiet; a newer call replaces it. */
  schedule(topology: Topology): void;
  /** Writes a pending save now (before the page goes away). */
  flush(): void;
  /** Drops a pending save. */
  cancel(): void;
}

/** Creates an autosaver; `onError` hears about failed writes (storage full or disabled). */
export function createAutosaver(store: KeyValueStore, delayMs: number, onError: (error: Error) => void): Autosaver {
  let pending: Topology | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  const flush = () => {
    const topology = pending;
    cancel();
    if (!topology) return;
    try {
      store.setItem(SAVE_KEY, serializeTopology(topology));
    } catch (e) {
      onError(e as Error);
    }
  };
  const schedule = (topology: Topology) => {
    if (timer !== null) clearTimeout(timer);
    pending = topology;
    timer = setTimeout(flush, delayMs);
  };
  return { schedule, flush, cancel };
}
