// Loaded only through loadHighlighter(): importing this module statically would put highlight.js in the initial bundle.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import dos from 'highlight.js/lib/languages/dos';
import powershell from 'highlight.js/lib/languages/powershell';
import type { ScriptLanguage } from './language';

hljs.registerLanguage('bash', bash);
hljs.registerLanguage('dos', dos);
hljs.registerLanguage('powershell', powershell);

/** The script as HTML with `hljs-*` token spans; highlight.js escapes the text, so its textContent is the script. */
export function highlightScript(text: string, language: ScriptLanguage): string {
  return hljs.highlight(text, { language, ignoreIllegals: true }).value;
}
