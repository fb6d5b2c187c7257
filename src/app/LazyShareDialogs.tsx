import { useShareStore } from '../features/persistence/shareStore';
import { loadOnce } from '../lib/loadOnce';
import { useLoaded } from '../lib/useLoaded';

// The share dialogs are a chunk of their own: most visits neither open a share link nor lack a clipboard.
const loadDialogs = loadOnce(() => import('../features/persistence/ShareDialogs'));

/**
 * The share-link prompt and the copy-by-hand dialog, fetched the first time one of them has something to ask (a
 * link in the URL at start-up asks a few milliseconds after the first paint). Until then the work stays as it is.
 */
export function LazyShareDialogs() {
  const asking = useShareStore((s) => s.incoming !== null || s.manualCopy !== null);
  const dialogs = useLoaded(loadDialogs, asking);
  if (!dialogs.module) return null;
  const { ManualCopyDialog, SharedTopologyPrompt } = dialogs.module;
  return (
    <>
      <SharedTopologyPrompt />
      <ManualCopyDialog />
    </>
  );
}
