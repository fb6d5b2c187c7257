import { EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { replaceWork } from '../../store/replaceWork';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore, type Notice } from '../../store/uiStore';
import { downloadText } from '../../lib/download';
import { useLanguageStore } from '../../i18n/language';
import { translate } from '../../i18n/translate';
import { messages } from './messages';
import { fileTooLarge, looksLikeJson, openTopologyTextWith } from './openFile';
import { serializeTopology, topologyFilename } from './serialize';

// One id for all file messages, so repeating an action replaces its notice instead of stacking them.
const FILE_NOTICE = 'persistence-file';

const notify = (notice: Notice) => useUiStore.getState().notify(notice);

/** Replaces the work with an empty topology; one undo step brings it back, and the previous work is kept. */
export function newTopology(): void {
  if (!replaceWork(EMPTY_TOPOLOGY, 'new')) return;
  notify({ id: FILE_NOTICE, tone: 'info', text: translate(messages, 'started') });
}

/** Downloads the current topology as pretty JSON (format v2) named after it. */
export function saveToFile(): void {
  const topology = useTopologyStore.getState().topology;
  const filename = topologyFilename(topology.name);
  downloadText(filename, serializeTopology(topology));
  notify({ id: FILE_NOTICE, tone: 'info', text: translate(messages, 'saved', { name: topology.name, file: filename }) });
}

/** Opens a topology file; a bad file leaves the work untouched and lists every problem. */
export async function openFile(file: File): Promise<void> {
  if (!looksLikeJson(file)) {
    notify({ id: FILE_NOTICE, tone: 'error', text: translate(messages, 'notJson', { file: file.name }) });
    return;
  }
  const tooLarge = fileTooLarge(file);
  if (tooLarge) {
    notify({ id: FILE_NOTICE, tone: 'error', text: translate(messages, 'fileTooLarge', { file: file.name, ...tooLarge }) });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    notify({ id: FILE_NOTICE, tone: 'error', text: translate(messages, 'unreadable', { file: file.name, reason: (e as Error).message }) });
    return;
  }
  const opened = openTopologyTextWith(text, translate(messages, 'invalid', { file: file.name }), useLanguageStore.getState().language);
  if (!opened.ok) {
    notify({ id: FILE_NOTICE, tone: 'error', text: opened.message });
    return;
  }
  if (!replaceWork(opened.topology, 'file')) return;
  notify({ id: FILE_NOTICE, tone: 'info', text: translate(messages, 'opened', { name: opened.topology.name, file: file.name }) });
}

let picker: HTMLInputElement | null = null;

/** Shows the browser's file picker for a topology file (one input, reused). */
export function pickFile(): void {
  if (!picker) {
    picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = '.json,application/json,.html,.htm,.md';
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
