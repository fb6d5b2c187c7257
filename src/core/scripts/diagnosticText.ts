// Script diagnostics in any language. A diagnostic keeps its English `message` (script header, CLI) and carries
// the same words as a catalog key with parameters, rendered for display.
import { fill, type Locale } from '../i18n/locale';
import { messages, type ScriptMessageKey } from './messages';

/** A catalog text with parameters; a parameter may be a catalog text itself. */
export interface ScriptText {
  key: ScriptMessageKey;
  params?: Readonly<Record<string, string | number | ScriptText>>;
}

/**
 * Renders a script text in one language.
 * @example renderScriptText({ key: 'NothingToConfigure', params: { vm: '"VM1"' } }, 'ja') // 'VM "VM1" に届く…'
 */
export function renderScriptText(t: ScriptText, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [k, p] of Object.entries(t.params ?? {})) params[k] = typeof p === 'object' ? renderScriptText(p, locale) : p;
  return fill(messages[locale][t.key], params);
}

/**
 * A diagnostic's message in a language; English (and a diagnostic without a text) gives `message` itself.
 * @example scriptDiagnosticMessage(d, 'ja')
 */
export function scriptDiagnosticMessage(d: { message: string; text?: ScriptText }, locale: Locale = 'en'): string {
  return d.text && locale !== 'en' ? renderScriptText(d.text, locale) : d.message;
}

// The reasons names.ts and quote.ts give, by their English words; the ones with a character in them by pattern.
const FIXED = new Map<string, ScriptMessageKey>(
  (['why.empty', 'why.linuxLength', 'why.dots', 'why.label', 'why.windowsLength', 'why.spaces', 'why.control'] as const)
    .map((k) => [messages.en[k], k]),
);
const CHAR_NAMES: Record<string, ScriptMessageKey> = { whitespace: 'ch.whitespace', 'a newline': 'ch.newline', 'a carriage return': 'ch.return' };

/**
 * The catalog text of a reason from names.ts or quote.ts.
 * @example reasonText('is empty') // { key: 'why.empty' }
 */
export function reasonText(why: string): ScriptText | string {
  const fixed = FIXED.get(why);
  if (fixed) return { key: fixed };
  const control = /^contains the control character U\+([0-9A-F]{4}), which no script/.exec(why);
  if (control) return { key: 'why.controlCode', params: { code: control[1]! } };
  const nonAscii = /^contains the non-ASCII character (".+"), which cmd\.exe reads/u.exec(why);
  if (nonAscii) return { key: 'why.cmdNonAscii', params: { ch: nonAscii[1]! } };
  const ch = /^contains (.+?), which (Linux refuses in interface names|cmd\.exe cannot)/.exec(why);
  if (ch) {
    const name = CHAR_NAMES[ch[1]!];
    return { key: ch[2]!.startsWith('Linux') ? 'why.linuxChar' : 'why.cmd', params: { ch: name ? { key: name } : ch[1]! } };
  }
  // An unknown reason stays in English rather than being lost.
  return why;
}
