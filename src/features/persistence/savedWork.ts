import { formatLoadErrors, loadTopology } from '../../core/topology/load';
import type { Locale } from '../../core/i18n/locale';
import type { Topology } from '../../core/topology/schema';
import { messages } from './messages';
import { serializeTopology } from './serialize';
import { BACKUP_KEY, SAVE_KEY, type KeyValueStore } from './storage';

export type Decoded = { ok: true; topology: Topology } | { ok: false; reason: string };

/** Reads autosaved text through the core loader; the reason says why it is unusable, in one line. */
export function decodeSaved(raw: string, locale: Locale = 'en'): Decoded {
  const result = loadTopology(raw);
  if (result.ok) return result;
  return { ok: false, reason: formatLoadErrors(result.errors, locale).split('\n').join('; ') };
}

/** What start-up found in storage. */
export interface Restored {
  /** The saved topology, if there was a usable one. */
  topology?: Topology;
  /** Saved data that could not be restored; it is kept under BACKUP_KEY until the user lets it go. */
  unrestorable?: { raw: string; reason: string };
}

/**
 * Reads the autosaved topology. Unusable data is copied to BACKUP_KEY (never lost, and autosave
 * may then overwrite SAVE_KEY with new work); an earlier backup is reported again until forgotten.
 */
export function restoreSaved(store: KeyValueStore, locale: Locale = 'en'): Restored {
  const raw = store.getItem(SAVE_KEY);
  const decoded = raw === null ? null : decodeSaved(raw, locale);
  if (raw !== null && decoded && !decoded.ok) {
    store.setItem(BACKUP_KEY, raw);
    return { unrestorable: { raw, reason: decoded.reason } };
  }
  const restored: Restored = decoded?.ok ? { topology: decoded.topology } : {};
  const backup = store.getItem(BACKUP_KEY);
  if (backup !== null) {
    const old = decodeSaved(backup, locale);
    restored.unrestorable = { raw: backup, reason: old.ok ? messages[locale].setAside : old.reason };
  }
  return restored;
}

/** Lets go of unrestorable data once the user has dismissed the notice about it. */
export function forgetUnrestorable(store: KeyValueStore): void {
  const backup = store.getItem(BACKUP_KEY);
  store.removeItem(BACKUP_KEY);
  // If no new work was saved since, the main key still holds the same data: drop it too, or it would come back.
  if (backup !== null && store.getItem(SAVE_KEY) === backup) store.removeItem(SAVE_KEY);
}

/**
 * What another tab saved, when it differs from this tab's topology: the `storage` event's new value, decoded.
 * Undefined for a removal, unreadable data, or the same topology (e.g. written by this tab).
 * @example changedElsewhere(event.newValue, current)?.name // 'their topology'
 */
export function changedElsewhere(newValue: string | null, current: Topology): Topology | undefined {
  if (newValue === null) return undefined;
  const decoded = loadTopology(newValue);
  if (!decoded.ok || serializeTopology(decoded.topology) === serializeTopology(current)) return undefined;
  return decoded.topology;
}

/** True when saved text holds this very topology (however it is formatted). */
export function sameAsSaved(raw: string, current: Topology): boolean {
  const decoded = loadTopology(raw);
  return decoded.ok && serializeTopology(decoded.topology) === serializeTopology(current);
}
