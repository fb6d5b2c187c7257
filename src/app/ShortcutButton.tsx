import type { ReactNode } from 'react';
import { Button } from '../lib/ui/Button';
import { COMMANDS, SHORTCUT_HINTS } from './commands';
import type { ShortcutCommand } from './shortcuts';

interface ShortcutButtonProps {
  command: ShortcutCommand;
  /** The tooltip, given the shortcut as shown to people ("Ctrl+S"). */
  title: (shortcut: string) => string;
  disabled?: boolean;
  children: ReactNode;
}

/** A toolbar button that runs the same command as its keyboard shortcut, and names the shortcut in its title and aria-keyshortcuts. */
export function ShortcutButton({ command, title, disabled, children }: ShortcutButtonProps) {
  const hint = SHORTCUT_HINTS[command];
  return (
    <Button onClick={COMMANDS[command]} disabled={disabled} title={title(hint.label)} aria-keyshortcuts={hint.aria}>
      {children}
    </Button>
  );
}
