import { useEffect } from 'react';
import { isTypingTarget, matchShortcut, type ShortcutCommand } from './shortcuts';

/** Runs app commands on Ctrl/⌘ shortcuts, except while the user types in a field or works in a dialog. */
export function useShortcuts(commands: Record<ShortcutCommand, () => void>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const command = matchShortcut(e);
      if (!command || isTypingTarget(e.target as Element | null)) return;
      e.preventDefault(); // the browser's own Save page / Open file would follow otherwise
      // Holding Ctrl+Z steps back repeatedly, as in any editor; a held Ctrl+S must not download a pile of files.
      if (e.repeat && (command === 'save' || command === 'open')) return;
      commands[command]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
