import { formatLoadErrors, loadTopology } from '../../core/topology/load';
import { overLimit } from '../../core/topology/limits';
import { useLanguageStore } from '../../i18n/language';
import { translate } from '../../i18n/translate';
import { DEFAULT_TOPOLOGY, EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import type { Keeper } from '../../store/replaceWork';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { messages } from './messages';
import { forgetKept, keepWork, markSeen, readKept, type KeptWork } from './previousWork';
import { serializeTopology, topologyFilename } from './serialize';
import { isQuotaError, type KeyValueStore } from './storage';

/** The id of the notice that previous work was kept (or could not be); a newer one replaces it. */
export const PREVIOUS_NOTICE = 'persistence-previous';

// Restoring has its own id: the notice's Restore button closes PREVIOUS_NOTICE right after running it.
const RESTORE_NOTICE = `${PREVIOUS_NOTICE}-restore`;

const notify = useUiStore.getState().notify;
// Nothing worth keeping: the page's own example, or New's empty plan.
const BLANK = new Set([serializeTopology(DEFAULT_TOPOLOGY), serializeTopology(EMPTY_TOPOLOGY)]);

/**
 * The keeper persistence registers with replaceWork: refuses a topology over the element caps (an import can make
 * one), keeps the current work in `store`, and says so with a Restore action; when it cannot be kept, refuses
 * with a Download of the work and a Replace anyway action, so only the user can let it go.
 */
export function createKeeper(store: KeyValueStore, now: () => Date = () => new Date()): Keeper {
  return (current, next, reason) => {
    if (overLimit(next as unknown as Record<string, unknown>)) {
      const loaded = loadTopology(next);
      const why = loaded.ok ? '' : formatLoadErrors(loaded.errors, useLanguageStore.getState().language);
      notify({ id: PREVIOUS_NOTICE, tone: 'error', text: translate(messages, 'tooMany', { reason: why }), onDismiss: seen(store) });
      return false;
    }
    if (BLANK.has(serializeTopology(current))) return true;
    const kept = keepWork(store, current, reason, now());
    if (kept.ok) {
      notifyKept(store, kept.entry);
      return true;
    }
    notify({
      id: PREVIOUS_NOTICE,
      tone: 'error',
      text: translate(messages, 'keepFailed', { name: current.name, reason: storageReason(kept.error) }),
      download: { filename: topologyFilename(current.name), content: serializeTopology(current) },
      action: { label: translate(messages, 'replaceAnyway'), run: () => useTopologyStore.getState().replace(next) },
      onDismiss: seen(store),
    });
    return false;
  };
}

/** Says that `entry` is kept and offers to restore it. */
export function notifyKept(store: KeyValueStore, entry: KeptWork): void {
  notify({
    id: PREVIOUS_NOTICE,
    tone: 'info',
    text: translate(messages, 'kept', { name: entry.topology.name }),
    action: { label: translate(messages, 'restore'), run: () => restoreKept(store, entry.keptAt) },
    onDismiss: seen(store),
  });
}

/**
 * What closing a PREVIOUS_NOTICE does (whichever of them replaced the others): the newest kept work counts as
 * announced, so a reload does not show its notice again. It stays kept.
 */
function seen(store: KeyValueStore): () => void {
  return () => {
    const newest = readKept(store)[0];
    if (newest) markSeen(store, newest.keptAt);
  };
}

/**
 * Puts kept work back on screen as one undo step, keeping what was on screen in its place first (so a restore
 * costs nothing either); refuses, as a replacement does, when that cannot be kept.
 */
export function restoreKept(store: KeyValueStore, keptAt: string, now: () => Date = () => new Date()): boolean {
  const entry = readKept(store).find((k) => k.keptAt === keptAt);
  if (!entry) return false;
  const current = useTopologyStore.getState().topology;
  if (BLANK.has(serializeTopology(current))) forgetKept(store, keptAt);
  else {
    const kept = keepWork(store, current, 'restore', now(), keptAt);
    if (!kept.ok) {
      notify({
        id: RESTORE_NOTICE,
        tone: 'error',
        text: translate(messages, 'keepFailed', { name: current.name, reason: storageReason(kept.error) }),
        download: { filename: topologyFilename(current.name), content: serializeTopology(current) },
      });
      return false;
    }
    // The restored notice says where the work on screen went; no need to announce it again after a reload.
    markSeen(store, kept.entry.keptAt);
  }
  useTopologyStore.getState().replace(entry.topology);
  useUiStore.getState().dismiss(PREVIOUS_NOTICE); // its Restore would name work that is back on screen
  notify({ id: RESTORE_NOTICE, tone: 'info', text: translate(messages, 'restored', { name: entry.topology.name }) });
  return true;
}

/** Why a storage write failed, in the user's words. */
export function storageReason(error: unknown): string {
  return isQuotaError(error) ? translate(messages, 'storageFull') : String((error as Error)?.message ?? error);
}
