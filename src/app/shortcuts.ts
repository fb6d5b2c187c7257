/** What a keyboard shortcut asks for. */
export type ShortcutCommand = 'undo' | 'redo' | 'save' | 'open';

/** The parts of a KeyboardEvent the matcher looks at. */
export interface KeyChord {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The command a key press means: Ctrl or ⌘ with Z (undo), Shift+Z or Y (redo), S (save), O (open).
 * Alt is excluded because AltGr (Ctrl+Alt on Windows) types characters on many layouts.
 */
export function matchShortcut(chord: KeyChord): ShortcutCommand | null {
  if (!(chord.ctrlKey || chord.metaKey) || chord.altKey) return null;
  // Non-Latin layouts report their own character in `key`; the physical key still says which letter it is.
  const letter = /^[a-z]$/i.test(chord.key)
    ? chord.key.toLowerCase()
    : /^Key[A-Z]$/.test(chord.code ?? '')
      ? chord.code!.slice(3).toLowerCase()
      : '';
  if (letter === 'z') return chord.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && chord.ctrlKey && !chord.shiftKey) return 'redo';
  if (chord.shiftKey) return null;
  if (letter === 's') return 'save';
  if (letter === 'o') return 'open';
  return null;
}

/** The parts of an event target the guard looks at (an Element in the browser). */
export interface TargetLike {
  tagName?: string;
  /** An input's type (`checkbox`, `text`, …). */
  type?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

/**
 * Whether a key press belongs to what the user is typing or choosing in (a text input, textarea, select,
 * contenteditable) or to an open dialog: app shortcuts then stay out of the way. A switch, checkbox, radio or
 * button holds no text of its own to undo, so Ctrl/⌘+Z right after flipping one undoes the flip.
 */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  const tag = target.tagName?.toLowerCase();
  if (tag === 'input' && !NOT_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase())) return true;
  if (tag === 'textarea' || tag === 'select') return true;
  if (target.isContentEditable) return true;
  return Boolean(target.closest?.('dialog[open]'));
}

// Input types with no text the browser's own Ctrl+Z could undo.
const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);
