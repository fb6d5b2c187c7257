import { useCallback } from 'react';
import { fill } from '../core/i18n/locale';
import type { English, UiMessages } from './catalog';
import { useLanguageStore } from './language';

/**
 * The translate function for one catalog in the current language; re-renders when the language changes.
 * @example const t = useT(messages); t('save') // 'Save' or '保存'; t('rule', { name: 'r1' })
 */
export function useT<E extends English>(messages: UiMessages<E>): (key: keyof E, params?: Record<string, string | number>) => string {
  const language = useLanguageStore((s) => s.language);
  // A catalog whose translation arrived late bumps the revision: the new texts must reach the screen.
  const revision = useLanguageStore((s) => s.revision);
  return useCallback((key, params) => fill(messages[language][key] as string, params), [messages, language, revision]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** The current language, for code that passes a locale to the core (diagnostics, diagrams). */
export function useLanguage() {
  return useLanguageStore((s) => s.language);
}
