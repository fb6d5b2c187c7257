import { describe, expect, it } from 'vitest';
import { isTypingTarget, matchShortcut, type KeyChord } from './shortcuts';

const chord = (key: string, mods: Partial<KeyChord> = {}): KeyChord => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : undefined,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchShortcut', () => {
  it.each([
    [chord('z', { ctrlKey: true }), 'undo'],
    [chord('z', { metaKey: true }), 'undo'],
    [chord('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [chord('Z', { metaKey: true, shiftKey: true }), 'redo'],
    [chord('y', { ctrlKey: true }), 'redo'],
    [chord('s', { ctrlKey: true }), 'save'],
    [chord('s', { metaKey: true }), 'save'],
    [chord('o', { ctrlKey: true }), 'open'],
    [chord('o', { metaKey: true }), 'open'],
    [{ ...chord('я', { ctrlKey: true }), code: 'KeyZ' }, 'undo'],
  ])('%j means %s', (c, command) => {
    expect(matchShortcut(c)).toBe(command);
  });

  it.each([
    chord('z'),
    chord('s'),
    chord('z', { ctrlKey: true, altKey: true }),
    chord('y', { metaKey: true }),
    chord('Y', { ctrlKey: true, shiftKey: true }),
    chord('S', { ctrlKey: true, shiftKey: true }),
    chord('c', { ctrlKey: true }),
    chord('Enter', { ctrlKey: true }),
    chord('Control', { ctrlKey: true }),
  ])('%j means nothing', (c) => {
    expect(matchShortcut(c)).toBeNull();
  });
});

describe('isTypingTarget', () => {
  const el = (tagName: string, extra: { isContentEditable?: boolean; inDialog?: boolean; type?: string } = {}) => ({
    tagName,
    type: extra.type,
    isContentEditable: extra.isContentEditable ?? false,
    closest: (selector: string) => (selector === 'dialog[open]' && extra.inDialog ? {} : null),
  });

  it('holds for fields, editable content and open dialogs', () => {
    expect(isTypingTarget(el('INPUT'))).toBe(true);
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('SELECT'))).toBe(true);
    expect(isTypingTarget(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el('BUTTON', { inDialog: true }))).toBe(true);
  });

  it('does not hold for the page, buttons or the canvas', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(el('BODY'))).toBe(false);
    expect(isTypingTarget(el('BUTTON'))).toBe(false);
    expect(isTypingTarget(el('DIV'))).toBe(false);
  });

  it('holds for text inputs of every kind, not for switches, checkboxes and other inputs without text', () => {
    for (const type of ['text', 'number', 'search', 'email', 'TEXT']) expect(isTypingTarget(el('INPUT', { type }))).toBe(true);
    for (const type of ['checkbox', 'radio', 'range', 'button', 'Checkbox']) expect(isTypingTarget(el('INPUT', { type }))).toBe(false);
    expect(isTypingTarget(el('INPUT', { type: 'checkbox', inDialog: true }))).toBe(true);
  });
});
