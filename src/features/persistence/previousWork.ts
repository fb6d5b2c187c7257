import { loadTopology } from '../../core/topology/load';
import type { Topology } from '../../core/topology/schema';
import type { ReplaceReason } from '../../store/replaceWork';
import type { KeyValueStore } from './storage';

/**
 * Where work is kept before something replaces it: a JSON list, newest first. The suffix is the version of this list,
 * not of the topology format: entries of either topology version load (version 1 is read as version 2).
 */
export const PREVIOUS_KEY = 'floatplan.previous.v1';
/** The `keptAt` of the newest kept work whose notice the user has dismissed, so a reload does not show it again. */
export const PREVIOUS_SEEN_KEY = 'floatplan.previous.v1.seen';
/** How many replaced works are kept: a second replacement must not cost the first, and three fit most storage. */
export const MAX_KEPT = 3;

/** One piece of work kept before a replacement. */
export interface KeptWork {
  /** When it was kept (ISO time); also its identity. */
  keptAt: string;
  /** What replaced it. */
  because: ReplaceReason;
  topology: Topology;
}

/** The kept works, newest first; unreadable entries (or storage) give none. Never throws. */
export function readKept(store: KeyValueStore): KeptWork[] {
  let raw: string | null;
  try {
    raw = store.getItem(PREVIOUS_KEY);
  } catch {
    return [];
  }
  if (!raw) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const kept: KeptWork[] = [];
  for (const item of list) {
    const entry = item as Partial<KeptWork> | null;
    const loaded = loadTopology(entry?.topology);
    if (loaded.ok && typeof entry?.keptAt === 'string' && typeof entry.because === 'string') {
      kept.push({ keptAt: entry.keptAt, because: entry.because, topology: loaded.topology });
    }
  }
  return kept;
}

export type KeepResult = { ok: true; entry: KeptWork } | { ok: false; error: unknown };

/**
 * Puts `topology` first among the kept works (dropping `without`, e.g. the entry being restored). When storage is
 * full the oldest entries give way; if even the new one alone does not fit, nothing changes and the error is
 * returned, so the caller can refuse the replacement.
 */
export function keepWork(store: KeyValueStore, topology: Topology, because: ReplaceReason, now: Date, without?: string): KeepResult {
  const others = readKept(store).filter((k) => k.keptAt !== without);
  const same = others[0] && JSON.stringify(others[0].topology) === JSON.stringify(topology);
  // Keeping the same work twice would only push older work out.
  const entry = same ? others[0]! : { keptAt: uniqueTime(now, others), because, topology };
  const rest = same ? others.slice(1) : others;
  let error: unknown;
  for (let n = Math.min(rest.length, MAX_KEPT - 1); n >= 0; n--) {
    try {
      store.setItem(PREVIOUS_KEY, JSON.stringify([entry, ...rest.slice(0, n)]));
      return { ok: true, entry };
    } catch (e) {
      error = e;
    }
  }
  return { ok: false, error };
}

/** Drops one kept work (after it was restored, or the user let it go). Never throws. */
export function forgetKept(store: KeyValueStore, keptAt: string): void {
  const rest = readKept(store).filter((k) => k.keptAt !== keptAt);
  try {
    if (rest.length === 0) store.removeItem(PREVIOUS_KEY);
    else store.setItem(PREVIOUS_KEY, JSON.stringify(rest)); // smaller than before, so it fits
  } catch {
    // left as it was: kept work is never lost by a failed clean-up
  }
}

/** The newest kept work whose notice has not been dismissed yet, to show again after a reload. */
export function unseenKept(store: KeyValueStore): KeptWork | null {
  const newest = readKept(store)[0];
  if (!newest) return null;
  try {
    return store.getItem(PREVIOUS_SEEN_KEY) === newest.keptAt ? null : newest;
  } catch {
    return newest;
  }
}

/** Remembers that the notice about this kept work was dismissed (it stays kept). */
export function markSeen(store: KeyValueStore, keptAt: string): void {
  try {
    store.setItem(PREVIOUS_SEEN_KEY, keptAt);
  } catch {
    // the notice shows once more after a reload: harmless
  }
}

// Two replacements within one millisecond must still get two identities.
function uniqueTime(now: Date, others: readonly KeptWork[]): string {
  let t = now.getTime();
  while (others.some((k) => k.keptAt === new Date(t).toISOString())) t += 1;
  return new Date(t).toISOString();
}
