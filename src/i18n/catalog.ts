import { LOCALES, type Locale } from '../core/i18n/locale';
import { overrideTexts } from '../core/i18n/text';
import { appWordingEn } from './appWording.en';

// The UI's catalogs: English ships in the first bundle; every other language is a chunk fetched when it is chosen.
// A catalog is one file per language (messages.en.ts, messages.ja.ts) and a messages.ts that combines them here.

/** The languages fetched on demand: every one but English. */
export type LazyLocale = Exclude<Locale, 'en'>;

/** The English texts of one catalog, keyed by message key. */
export type English = Record<string, string>;

/** One language's texts for a catalog: exactly the English keys, so a missing or stray key fails the typecheck. */
export type Translation<E extends English> = { readonly [K in keyof E]: string };

/** How a catalog fetches each other language; a new language in `Locale` makes every catalog name its file. */
export type TranslationLoaders<E extends English> = { readonly [L in LazyLocale]: () => Promise<Translation<E>> };

/**
 * A catalog in every language. A language not loaded yet reads as English; the language store switches only once
 * it is loaded (loadTranslations), so a user never sees the stand-in.
 */
export type UiMessages<E extends English> = { readonly en: E } & { readonly [L in LazyLocale]: Translation<E> };

interface Entry {
  table: Record<Locale, Translation<English>>;
  loaders: TranslationLoaders<English>;
}

// The core's texts of each language: one module that registers its table with the core's render() when imported,
// and the app's own words for the texts that name command-line options (appWording.en.ts says why).
overrideTexts('en', appWordingEn);
const CORE_TRANSLATIONS: { readonly [L in LazyLocale]: () => Promise<unknown> } = {
  ja: () => Promise.all([import('../core/i18n/ja'), import('./appWording.ja').then((m) => overrideTexts('ja', m.appWordingJa))]),
};

const entries: Entry[] = [];
const loaded = new Set<Locale>(['en']);
// Languages asked for (loading or loaded): a catalog evaluated meanwhile fetches them too.
const wanted = new Set<LazyLocale>();
const listeners = new Set<() => void>();

/**
 * Combines a catalog's English texts with the loaders of its other languages.
 * @example export const messages = uiMessages(en, { ja: () => import('./messages.ja').then((m) => m.ja) });
 */
export function uiMessages<const E extends English>(en: E, loaders: TranslationLoaders<E>): UiMessages<E> {
  const table = Object.fromEntries(LOCALES.map((l) => [l, en])) as unknown as Record<Locale, Translation<English>>;
  const entry: Entry = { table, loaders: loaders as TranslationLoaders<English> };
  entries.push(entry);
  // A catalog first evaluated in a chunk that loads after the switch still gets the chosen language, then a re-render.
  for (const locale of wanted) void fetchInto(entry, locale).then(notify, () => undefined);
  return table as unknown as UiMessages<E>;
}

async function fetchInto(entry: Entry, locale: LazyLocale): Promise<void> {
  entry.table[locale] = await entry.loaders[locale]();
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** Fetches `locale` for the core and every UI catalog evaluated so far; resolves once all are in (English at once). */
export async function loadTranslations(locale: Locale): Promise<void> {
  if (locale === 'en' || loaded.has(locale)) return;
  wanted.add(locale);
  await Promise.all([CORE_TRANSLATIONS[locale](), ...entries.map((entry) => fetchInto(entry, locale))]);
  loaded.add(locale);
}

/** Whether `locale` is loaded, so switching to it renders no English stand-in. */
export function isLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Calls `listener` when a catalog evaluated late receives its texts; returns the unsubscribe function. */
export function onLateTranslation(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
