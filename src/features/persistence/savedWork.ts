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
  /**
   * Saved data that could not be restored; it is kept under BACKUP_KEY until the user lets it go, or, when storage
   * is too full to copy it there (`inPlace`), left under SAVE_KEY, and autosave must not overwrite it until then.
   */
  unrestorable?: { raw: string; reason: string; inPlace?: boolean };
}

/**
 * Reads the autosaved topology. Unusable data is copied to BACKUP_KEY (never lost, and autosave
 * may then overwrite SAVE_KEY with new work); an earlier backup is reported again until forgotten.
 */
export function restoreSaved(store: KeyValueStore, locale: Locale = 'en'): Restored {
  const raw = store.getItem(SAVE_KEY);
  const decoded = raw === null ? null : decodeSaved(raw, locale);
  if (raw !== null && decoded && !decoded.ok) {
    try {
      store.setItem(BACKUP_KEY, raw);
    } catch {
      // Full storage (a copy needs as much room again): the data stays where it is; throwing here blanked the app.
      return { unrestorable: { raw, reason: decoded.reason, inPlace: true } };
    }
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

/** Lets go of unrestorable data once the user has dismissed the notice about it (`inPlace`: the data left under SAVE_KEY). */
export function forgetUnrestorable(store: KeyValueStore, inPlace?: string): void {
  const backup = store.getItem(BACKUP_KEY) ?? inPlace ?? null;
  store.removeItem(BACKUP_KEY);
  // If no new work was saved since, the main key still holds the same data: drop it too, or it would come back.
  if (backup !== null && store.getItem(SAVE_KEY) === backup) store.removeItem(SAVE_KEY);
}

/** What another tab's save (a `storage` event's new value) holds, compared with this tab's topology. */
export type OtherTabSave = { kind: 'changed'; topology: Topology } | { kind: 'same' } | { kind: 'none' };

/**
 * Reads another tab's save once: a different topology, this very topology (however it is formatted), or nothing
 * usable (a removal, unreadable data).
 * @example otherTabSave(event.newValue, current) // { kind: 'changed', topology: { name: 'their topology', … } }
 */
export function otherTabSave(newValue: string | null, current: Topology): OtherTabSave {
  if (newValue === null) return { kind: 'none' };
  const decoded = loadTopology(newValue);
  if (!decoded.ok) return { kind: 'none' };
  return serializeTopology(decoded.topology) === serializeTopology(current)
    ? { kind: 'same' }
    : { kind: 'changed', topology: decoded.topology };
}
