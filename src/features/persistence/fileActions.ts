import { EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore, type Notice } from '../../store/uiStore';
import { downloadText } from '../../lib/download';
import { looksLikeJson, openTopologyText } from './openFile';
import { serializeTopology, topologyFilename } from './serialize';

// One id for all file messages, so repeating an action replaces its notice instead of stacking them.
const FILE_NOTICE = 'persistence-file';

const notify = (notice: Notice) => useUiStore.getState().notify(notice);

/** Replaces the work with an empty topology; one undo step brings it back. */
export function newTopology(): void {
  useTopologyStore.getState().replace(EMPTY_TOPOLOGY);
  notify({ id: FILE_NOTICE, tone: 'info', text: 'Started a new, empty topology. Undo (Ctrl+Z) brings back your previous work.' });
}

/** Downloads the current topology as pretty v1 JSON named after it. */
export function saveToFile(): void {
  const topology = useTopologyStore.getState().topology;
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
