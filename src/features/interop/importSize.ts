import { MAX_IMPORT_CHARS, MAX_IMPORT_FILE_BYTES } from '../../core/topology/limits';
import { translate } from '../../i18n/translate';
import { messages } from './launch/messages';

/**
 * Why a definition is too large for Import, in the user's language, or null. Checked where text enters (a chosen
 * or dropped file): by size before reading, so a huge file costs no memory, and by length once read. Pasted text
 * is refused by importDefinition itself, with the same cap.
 * @example importSizeProblem({ size: 20_000_000 }) // 'it is 20.0 MB, and Import reads definitions of up to 4,194,304 characters, …'
 */
export function importSizeProblem(file: { size: number }, text?: string): string | null {
  const max = MAX_IMPORT_CHARS.toLocaleString('en');
  if (file.size > MAX_IMPORT_FILE_BYTES) return translate(messages, 'tooLargeFile', { size: (file.size / 1e6).toFixed(1), max });
  if (text !== undefined && text.length > MAX_IMPORT_CHARS)
    return translate(messages, 'tooLargeText', { size: text.length.toLocaleString('en'), max });
  return null;
}

/** Reads a file's text for Import, or rejects with importSizeProblem's reason (so callers report it as a read failure). */
export async function readImportText(file: File): Promise<string> {
  const before = importSizeProblem(file);
  if (before) throw new Error(before);
  const text = await file.text();
  const after = importSizeProblem(file, text);
  if (after) throw new Error(after);
  return text;
}
