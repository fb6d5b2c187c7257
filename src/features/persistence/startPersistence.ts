import { clearHistory, useTopologyStore } from '../../store/topologyStore';
import { useLanguageStore } from '../../i18n/language';
import { translate } from '../../i18n/translate';
import { useUiStore } from '../../store/uiStore';
import { messages } from './messages';
import { SHARE_NOTICE, clearShareHash } from './shareActions';
import { replaceWork, setKeeper } from '../../store/replaceWork';
import { createAutosaver } from './autosave';
import { createKeeper, notifyKept, storageReason } from './keeper';
import { keepWork, unseenKept } from './previousWork';
import { forgetUnrestorable, otherTabSave, restoreSaved } from './savedWork';
import { readShareHash } from './shareLink';
import { useShareStore } from './shareStore';
import { browserStorage, SAVE_KEY, type KeyValueStore } from './storage';

// A burst of edits (typing a name, toggling) is saved once; pagehide and a hidden tab flush at once, so nothing waits on it.
const AUTOSAVE_DELAY_MS = 1000;
/** The id of the notice about saved data that could not be restored; dismissing it lets the data go. */
export const UNRESTORABLE_NOTICE = 'persistence-unrestorable';
/** The id of the notice that another tab saved different work. */
export const OTHER_TAB_NOTICE = 'persistence-other-tab';

/**
 * Restores saved work, then autosaves every change and watches for share links.
 * Call once before the first render (so the restored topology is the first one painted); returns a cleanup.
 */
export function startPersistence(): () => void {
  const store = browserStorage();
  const stops = store ? [restoreAndAutosave(store)] : [];
  if (!store) notifyStorageProblem(translate(messages, 'noStorage'));
  const onHash = () => readLinkInHash();
  onHash();
  window.addEventListener('hashchange', onHash);
  stops.push(() => window.removeEventListener('hashchange', onHash));
  return () => stops.forEach((stop) => stop());
}

function restoreAndAutosave(store: KeyValueStore): () => void {
  const restored = restoreSaved(store, useLanguageStore.getState().language);
  if (restored.topology) {
    useTopologyStore.getState().replace(restored.topology);
    clearHistory(); // undo must not go back to the built-in example the page started with
  }
  const saver = createAutosaver(store, AUTOSAVE_DELAY_MS, (e) => notifyStorageProblem(storageReason(e)));
  // While another tab's saved work is announced and not yet answered, this tab does not overwrite it; nor while
  // unrestorable data that storage had no room to copy aside is still where autosave writes.
  let held = false;
  let unrestorableInPlace = restored.unrestorable?.inPlace === true;
  // Each notice resumes saving from its own onDismiss; after the cleanup below, closing one changes nothing.
  let stopped = false;
  if (restored.unrestorable) {
    const { raw, reason, inPlace } = restored.unrestorable;
    useUiStore.getState().notify({
      id: UNRESTORABLE_NOTICE,
      tone: 'error',
      text: translate(messages, inPlace ? 'unrestorableInPlace' : 'unrestorable', { reason: reason.replace(/\.$/, '') }),
      download: { filename: 'floatplan-unrestored-work.txt', content: raw },
      onDismiss: () => {
        if (stopped) return;
        forgetUnrestorable(store, inPlace ? raw : undefined);
        if (unrestorableInPlace) {
          unrestorableInPlace = false;
          if (!held) saver.schedule(useTopologyStore.getState().topology);
        }
      },
    });
  }
  // Every replacement (link, file, import, example, New) keeps the work first; the notice outlives a reload.
  setKeeper(createKeeper(store));
  const unseen = unseenKept(store);
  if (unseen) notifyKept(store, unseen);

  const stopSaving = useTopologyStore.subscribe((s, prev) => {
    if (s.topology !== prev.topology && !held && !unrestorableInPlace) saver.schedule(s.topology);
  });
  // Loaded or kept, the stored copy becomes this tab's topology again (the same text when it was loaded).
  const answeredOtherTab = () => {
    if (stopped) return;
    held = false;
    if (!unrestorableInPlace) {
      saver.schedule(useTopologyStore.getState().topology);
      saver.flush();
    }
  };
  // Two tabs share one saved copy: when the other one writes different work, say so instead of losing either.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== SAVE_KEY) return;
    const saved = otherTabSave(e.newValue, useTopologyStore.getState().topology);
    // The other tab took this tab's work (or wrote the same): nothing is left to answer.
    if (saved.kind === 'same' && held) useUiStore.getState().dismiss(OTHER_TAB_NOTICE);
    if (saved.kind !== 'changed') return;
    const theirs = saved.topology;
    held = true;
    saver.cancel(); // a pending save of this tab would silently overwrite theirs
    useUiStore.getState().notify({
      id: OTHER_TAB_NOTICE,
      tone: 'info',
      text: translate(messages, 'otherTab', { name: theirs.name }),
      // This tab's work is not saved while held: keep it before theirs replaces it.
      action: { label: translate(messages, 'loadOtherTab'), run: () => void replaceWork(theirs, 'otherTab') },
      onDismiss: answeredOtherTab,
    });
  };
  window.addEventListener('storage', onStorage);
  // A reload right after an edit, or a phone suspending the tab, must not lose it to the debounce. While another
  // tab's save is held unanswered, this tab's work is in no saved copy: it is kept aside (Previous work) instead,
  // so closing the tab before answering loses nothing.
  const flush = () => {
    if (held && !stopped) keepWork(store, useTopologyStore.getState().topology, 'otherTab', new Date());
    saver.flush();
  };
  const flushIfHidden = () => document.visibilityState === 'hidden' && flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', flushIfHidden);
  return () => {
    setKeeper(null);
    flush();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', flushIfHidden);
    stopSaving();
    stopped = true;
    window.removeEventListener('storage', onStorage);
  };
}

function readLinkInHash(): void {
  const read = readShareHash(window.location.hash, useLanguageStore.getState().language);
  if (read.kind === 'none') return;
  if (read.kind === 'ok') {
    useShareStore.setState({ incoming: read.topology });
    return;
  }
  clearShareHash();
  useUiStore.getState().notify({
    id: SHARE_NOTICE,
    tone: 'error',
    text: translate(messages, 'brokenLink', { reason: read.reason.replace(/\.$/, '') }),
  });
}

function notifyStorageProblem(why: string): void {
  useUiStore.getState().notify({
    id: 'persistence-storage',
    tone: 'warning',
    text: translate(messages, 'autosaveBroken', { reason: why }),
  });
}
