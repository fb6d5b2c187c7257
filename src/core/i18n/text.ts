// One way to carry user-facing text in the core: a catalog key with parameters, plain serialisable data (it
// crosses the Web Worker boundary by structured clone), rendered in a language only where it is shown.
import { en, type TextKey } from './en';
import { formatList } from './list';
import { fill, type Locale } from './locale';

export type { TextKey } from './en';

/** A list of element names, joined the way the language lists them ("VM1, VM2 and VM3" / "VM1、VM2、VM3"). */
export interface NameList {
  names: readonly string[];
  max?: number;
  /** Keep the given order (numbers) instead of sorting by name. */
  ordered?: boolean;
}

/** A catalog text: its key in one of the core's catalogs and the values of its `{placeholders}`. */
export interface Text {
  key: TextKey;
  params?: Readonly<Record<string, TextParam>>;
}

/** A placeholder's value: a plain value, a nested text or a name list, rendered in the same language. */
export type TextParam = string | number | boolean | Text | NameList;

// English is always here; other languages arrive with registerLocale (core/i18n/ja.ts registers Japanese). In the
// app's build `en` holds the first screen's catalogs only and registerEnglish adds the rest (src/i18n/lateEnglish.ts).
const tables: { [L in Locale]?: Readonly<Record<string, string>> } = { en };

// A surface's own words for some texts (the app says "the parameter form" where the CLI says "--param"), over the tables.
const overrides: { [L in Locale]?: Readonly<Partial<Record<TextKey, string>>> } = {};

/**
 * Renders some texts of a language with a surface's own words from now on; the app gives the import texts that name
 * command-line options its dialog's words. Each override keeps the placeholders it needs of the catalog's text.
 */
export function overrideTexts(locale: Locale, table: Readonly<Partial<Record<TextKey, string>>>): void {
  overrides[locale] = { ...overrides[locale], ...table };
}

/** Makes a language's table available to `render`; importing core/i18n/ja.ts calls it for Japanese. */
export function registerLocale(locale: Locale, table: Readonly<Record<TextKey, string>>): void {
  tables[locale] = table;
}

/** Adds English catalogs to the ones render() knows; the app loads the import, script and check ones on demand. */
export function registerEnglish(table: Readonly<Partial<Record<TextKey, string>>>): void {
  tables.en = { ...tables.en, ...table };
}

/**
 * Shorthand for a catalog text.
 * @example text('validation.port.one', { port: 80 }) // { key: 'validation.port.one', params: { port: 80 } }
 */
export function text(key: TextKey, params?: Readonly<Record<string, TextParam>>): Text {
  return params ? { key, params } : { key };
}

/**
 * Shorthand for a name list parameter, sorted and de-duplicated so a text never depends on input order.
 * @example names(['VM2', 'VM1']) // { names: ['VM1', 'VM2'] }, rendered 'VM1 and VM2' in English
 */
export function names(list: Iterable<string>, max?: number): NameList {
  const sorted = [...new Set(list)].sort();
  return max === undefined ? { names: sorted } : { names: sorted, max };
}

/** True for a catalog text (not a plain value or a name list). */
export function isText(p: unknown): p is Text {
  return typeof p === 'object' && p !== null && typeof (p as Text).key === 'string';
}

/**
 * Renders a text (or a plain parameter) in one language; a language not registered yet falls back to English.
 * @example render(text('validation.port.one', { port: 80 }), 'ja') // 'ポート 80'
 */
export function render(t: TextParam, locale: Locale = 'en'): string {
  if (typeof t !== 'object') return String(t);
  if (!isText(t)) return formatList(t.names, locale, t.max, t.ordered);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(t.params ?? {})) params[name] = render(value, locale);
  const template = overrides[locale]?.[t.key] ?? tables[locale]?.[t.key] ?? tables.en?.[t.key];
  if (template === undefined) throw new Error(`Unknown text key ${t.key}`);
  return fill(template, params);
}

/**
 * Applies `change` to every string parameter, nested texts included (e.g. to translate ARM paths to Bicep).
 * @example mapStrings(text('import.x', { path: 'a' }), (s) => s.toUpperCase()) // params.path 'A'
 */
export function mapStrings(t: Text, change: (s: string) => string): Text {
  if (!t.params) return t;
  const params: Record<string, TextParam> = {};
  for (const [name, value] of Object.entries(t.params))
    params[name] = typeof value === 'string' ? change(value) : isText(value) ? mapStrings(value, change) : value;
  return { key: t.key, params };
}
