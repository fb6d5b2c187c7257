import { translate } from '../../i18n/translate';
import { useUiStore } from '../../store/uiStore';
import { asOneDefinition, readAll } from './configuration';
import { messages } from './launch/messages';
import { dropKind, needsText } from './dropKind';
import { importSizeProblem } from './importSize';
import { openImportDialog } from './importDialogStore';

/**
 * Sends a file dropped on the window where it belongs: Azure definitions (.tf, .bicep, template .json) to the
 * Import dialog with the file loaded; topologies and anything else to `openTopology` (today's behaviour).
 */
export async function routeDroppedFile(file: File, openTopology: (file: File) => void): Promise<void> {
  let text: string | undefined;
  if (needsText(file.name) || dropKind(file.name, undefined) === 'template') {
    const tooLarge = importSizeProblem(file);
    if (tooLarge && needsText(file.name)) {
      useUiStore
        .getState()
        .notify({ id: 'drop-too-large', tone: 'error', text: translate(messages, 'readFailed', { file: file.name, reason: tooLarge }) });
      return;
    }
    // A large .json is not read here: the topology opener checks its size before reading.
    if (tooLarge) {
      openTopology(file);
      return;
    }
    try {
      text = await file.text();
    } catch {
      openTopology(file); // the opener reads it again and reports why it cannot
      return;
    }
  }
  if (dropKind(file.name, text) === 'template' && text !== undefined) openImportDialog({ name: file.name, text });
  else openTopology(file);
}

/**
 * Several files dropped at once: the .tf files of one Terraform configuration open in the Import dialog as one
 * definition; anything else is handled as the first file alone (as a single drop), and a notice says so.
 */
export async function routeDroppedFiles(files: readonly File[], openTopology: (file: File) => void): Promise<void> {
  const first = files[0];
  if (!first) return;
  if (files.length > 1) {
    const texts = await readAll(files).catch(() => undefined);
    const joined = texts && asOneDefinition(texts);
    if (joined) {
      openImportDialog(joined);
      return;
    }
    useUiStore.getState().notify({ id: 'drop-several', tone: 'info', text: translate(messages, 'droppedSeveral', { file: first.name }) });
  }
  await routeDroppedFile(first, openTopology);
}
