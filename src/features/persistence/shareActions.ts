import type { Topology } from '../../core/topology/schema';
import { replaceWork } from '../../store/replaceWork';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore, type Notice } from '../../store/uiStore';
import { copyText } from '../../lib/clipboard';
import { translate } from '../../i18n/translate';
import { messages } from './messages';
import { loadOnce } from '../../lib/loadOnce';
import { MAX_LINK_LENGTH } from './shareLink';
import { useShareStore } from './shareStore';

/** The id of share-link notices: a new one replaces the previous. */
export const SHARE_NOTICE = 'persistence-share';

const notify = (notice: Notice) => useUiStore.getState().notify(notice);

// The compressor is fetched on the first share: opening a link at start-up does not need it.
const loadEncoder = loadOnce(() => import('./encodeShareLink'));

/** Copies a link holding the whole topology, or explains why it cannot (too large, clipboard refused). */
export async function shareLink(): Promise<void> {
  const { encodeShareLink } = await loadEncoder();
  const link = encodeShareLink(useTopologyStore.getState().topology, window.location.href);
  if (!link.ok) {
    notify({
      id: SHARE_NOTICE,
      tone: 'warning',
      text: translate(messages, 'tooLarge', { length: link.length.toLocaleString('en'), max: MAX_LINK_LENGTH.toLocaleString('en') }),
    });
    return;
  }
  if (await copyText(link.url)) {
    notify({ id: SHARE_NOTICE, tone: 'info', text: translate(messages, 'copied') });
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
  if (!replaceWork(topology, 'link')) return;
  notify({ id: SHARE_NOTICE, tone: 'info', text: translate(messages, 'openedShared', { name: topology.name }) });
}

/** Removes `#t=…` without a new history entry, so reloading does not ask again. */
export function clearShareHash(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}
