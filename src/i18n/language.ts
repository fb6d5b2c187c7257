import { create } from 'zustand';
import { LOCALES, type Locale } from '../core/i18n/locale';
import { loadTranslations, onLateTranslation } from './catalog';

/** Where the language choice is remembered. */
export const LANGUAGE_KEY = 'floatplan.language';

/**
 * The language to start in: a remembered choice, else the first browser language we speak, else English.
 * @example initialLanguage(null, ['ja-JP', 'en']) // 'ja'
 */
export function initialLanguage(stored: string | null | undefined, browserLanguages: readonly string[]): Locale {
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if ((LOCALES as readonly string[]).includes(primary ?? '')) return primary as Locale;
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked (private mode): fall back to the browser language
  }
}

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator as Navigator | undefined;
  return nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
}

interface LanguageState {
  language: Locale;
  /** Bumped when a catalog evaluated after the switch receives its texts, so translated views render again. */
  revision: number;
  /** Fetches the language's catalogs, then switches and remembers it; rejects (and stays put) if they cannot load. */
  setLanguage: (language: Locale) => Promise<void>;
}

/**
 * The UI language, outside the undo history; choosing one remembers it and sets `<html lang>`. It starts in the
 * remembered or browser language: main.tsx loads that language's catalogs (startLanguage) before the first render.
 */
export const useLanguageStore = create<LanguageState>()((set) => ({
  language: initialLanguage(readStored(), browserLanguages()),
  revision: 0,
  setLanguage: async (language) => {
    await loadTranslations(language);
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
    } catch {
      // not remembered, still switched
    }
    set({ language });
  },
}));

onLateTranslation(() => useLanguageStore.setState((s) => ({ revision: s.revision + 1 })));

/** Loads the catalogs of the language the store starts in; await it before the first render to paint no English. */
export function startLanguage(): Promise<void> {
  return loadTranslations(useLanguageStore.getState().language);
}
