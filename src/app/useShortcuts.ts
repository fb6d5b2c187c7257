import { useEffect } from 'react';
import { isTypingTarget, matchShortcut, type ShortcutCommand } from './shortcuts';

/** Runs app commands on Ctrl/⌘ shortcuts, except while the user types in a field or works in a dialog. */
export function useShortcuts(commands: Record<ShortcutCommand, () => void>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.isComposing) return;
      const command = matchShortcut(e);
      if (!command || isTypingTarget(e.target as Element | null)) return;
      e.preventDefault(); // the browser's own Save page / Open file would follow otherwise
      commands[command]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
