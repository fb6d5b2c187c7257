import type { Topology } from '../../core/topology/schema';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore, type Notice } from '../../store/uiStore';
import { copyText } from '../../lib/clipboard';
import { MAX_LINK_LENGTH, encodeShareLink } from './shareLink';
import { useShareStore } from './shareStore';

/** The id of share-link notices: a new one replaces the previous. */
export const SHARE_NOTICE = 'persistence-share';

const notify = (notice: Notice) => useUiStore.getState().notify(notice);

/** Copies a link holding the whole topology, or explains why it cannot (too large, clipboard refused). */
export async function shareLink(): Promise<void> {
  const link = encodeShareLink(useTopologyStore.getState().topology, window.location.href);
  if (!link.ok) {
    notify({
      id: SHARE_NOTICE,
      tone: 'warning',
      text: `This topology is too large for a link (${link.length.toLocaleString('en')} characters; links stay under ${MAX_LINK_LENGTH.toLocaleString('en')}): save the file instead.`,
    });
    return;
  }
  if (await copyText(link.url)) {
    notify({ id: SHARE_NOTICE, tone: 'info', text: 'Share link copied to the clipboard. Whoever opens it gets this topology.' });
  } else {
    useShareStore.setState({ manualCopy: link.url });
  }
}

/** Accepts or declines the topology of an opened share link, then removes the link from the address bar. */
export function answerSharedTopology(accept: boolean): void {
  const { incoming } = useShareStore.getState();
  if (accept && incoming) openShared(incoming);
  useShareStore.setState({ incoming: null });
  clearShareHash();
}

function openShared(topology: Topology): void {
  useTopologyStore.getState().replace(topology);
  notify({ id: SHARE_NOTICE, tone: 'info', text: `Opened “${topology.name}” from a share link. Undo (Ctrl+Z) brings back your previous work.` });
}

/** Removes `#t=…` without a new history entry, so reloading does not ask again. */
export function clearShareHash(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}
