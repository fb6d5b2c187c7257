import type { Topology } from '../../core/topology/schema';
import { EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { copyText } from './clipboard';
import { downloadText } from './download';
import { looksLikeJson, openTopologyText } from './openFile';
import { serializeTopology, topologyFilename } from './serialize';
import { MAX_LINK_LENGTH, encodeShareLink } from './shareLink';
import { useShareStore } from './shareStore';

// One id per kind of message, so repeating an action replaces its notice instead of stacking them.
const FILE_NOTICE = 'persistence-file';
export const SHARE_NOTICE = 'persistence-share';

const notify = (...args: Parameters<ReturnType<typeof useUiStore.getState>['notify']>) => useUiStore.getState().notify(...args);
const current = () => useTopologyStore.getState().topology;

/** Replaces the work with an empty topology; one undo step brings it back. */
export function newTopology(): void {
  useTopologyStore.getState().replace(EMPTY_TOPOLOGY);
  notify({ id: FILE_NOTICE, tone: 'info', text: 'Started a new, empty topology. Undo (Ctrl+Z) brings back your previous work.' });
}

/** Downloads the current topology as pretty v1 JSON named after it. */
export function saveToFile(): void {
  const topology = current();
  const filename = topologyFilename(topology.name);
  downloadText(filename, serializeTopology(topology));
  notify({ id: FILE_NOTICE, tone: 'info', text: `Saved “${topology.name}” as ${filename}.` });
}

/** Opens a topology file; a bad file leaves the work untouched and lists every problem. */
export async function openFile(file: File): Promise<void> {
  if (!looksLikeJson(file)) {
    notify({ id: FILE_NOTICE, tone: 'error', text: `Could not open “${file.name}”: Floatplan opens topology .json files. Your work is unchanged.` });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    notify({ id: FILE_NOTICE, tone: 'error', text: `Could not read “${file.name}” (${(e as Error).message}). Your work is unchanged.` });
    return;
  }
  const opened = openTopologyText(text, file.name);
  if (!opened.ok) {
    notify({ id: FILE_NOTICE, tone: 'error', text: opened.message });
    return;
  }
  useTopologyStore.getState().replace(opened.topology);
  notify({ id: FILE_NOTICE, tone: 'info', text: `Opened “${opened.topology.name}” from ${file.name}. Undo (Ctrl+Z) brings back your previous work.` });
}

let picker: HTMLInputElement | null = null;

/** Shows the browser's file picker for a topology file (one input, reused). */
export function pickFile(): void {
  if (!picker) {
    picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = '.json,application/json';
    picker.hidden = true;
    picker.addEventListener('change', () => {
      const file = picker?.files?.[0];
      if (picker) picker.value = ''; // so picking the same file again still fires change
      if (file) void openFile(file);
    });
    document.body.append(picker);
  }
  picker.click();
}

/** Copies a link holding the whole topology, or explains why it cannot (too large, clipboard refused). */
export async function shareLink(): Promise<void> {
  const link = encodeShareLink(current(), window.location.href);
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
