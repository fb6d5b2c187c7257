import { useState, type RefObject } from 'react';
import { copyText } from '../clipboard';

/** What the status line says after each action, already in the UI's language. */
export interface FileActionTexts {
  copied: string;
  copyRefused: string;
  downloaded: string;
}

/**
 * Copies text; when the browser refuses, selects the shown copy instead so the user can press Ctrl+C.
 * @returns whether the text reached the clipboard
 */
export async function copyOrSelect(
  text: string,
  shown: HTMLElement | null,
  copy: (text: string) => Promise<boolean> = copyText,
): Promise<boolean> {
  if (await copy(text)) return true;
  if (shown) window.getSelection()?.selectAllChildren(shown);
  return false;
}

/** Copy and Download for a shown file, and the status line that reports them (setStatus for a caller's own actions). */
export function useFileActions(text: string, shown: RefObject<HTMLElement | null>, save: () => void, said: FileActionTexts) {
  const [status, setStatus] = useState('');
  const copy = async () => setStatus((await copyOrSelect(text, shown.current)) ? said.copied : said.copyRefused);
  const download = () => {
    save();
    setStatus(said.downloaded);
  };
  return { status, setStatus, copy, download };
}
