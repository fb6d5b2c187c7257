import type { ScriptLanguage } from './language';

/** Turns a script into highlighted HTML. */
export type Highlight = (text: string, language: ScriptLanguage) => string;

let pending: Promise<Highlight> | undefined;

/** Loads the highlighter chunk once; a failed load is forgotten so a later call can retry. */
export function loadHighlighter(): Promise<Highlight> {
  pending ??= import('./highlighter').then(
    (m) => m.highlightScript,
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
