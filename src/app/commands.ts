import { newTopology, pickFile, saveToFile } from '../features/persistence/fileActions';
import { shareLink } from '../features/persistence/shareActions';
import { redo, undo } from '../store/topologyStore';
import type { ShortcutCommand } from './shortcuts';

/** What the toolbar and the keyboard shortcuts run; one place so both always do the same thing. */
export const COMMANDS = {
  new: newTopology,
  open: pickFile,
  save: saveToFile,
  share: () => void shareLink(),
  undo,
  redo,
} satisfies Record<ShortcutCommand | 'new' | 'share', () => void>;

/** Shortcut hints as shown in tooltips, and as aria-keyshortcuts expects them. */
export const SHORTCUT_HINTS: Record<ShortcutCommand, { label: string; aria: string }> = {
  undo: { label: 'Ctrl+Z', aria: 'Control+Z Meta+Z' },
  redo: { label: 'Ctrl+Shift+Z or Ctrl+Y', aria: 'Control+Shift+Z Meta+Shift+Z Control+Y' },
  save: { label: 'Ctrl+S', aria: 'Control+S Meta+S' },
  open: { label: 'Ctrl+O', aria: 'Control+O Meta+O' },
};
