import { useCallback } from 'react';
import { fill, type Messages } from '../core/i18n/locale';
import { useLanguageStore } from './language';

/**
 * The translate function for one catalog in the current language; re-renders when the language changes.
 * @example const t = useT(messages); t('save') // 'Save' or '保存'; t('rule', { name: 'r1' })
 */
export function useT<E extends Record<string, string>>(messages: Messages<E>): (key: keyof E, params?: Record<string, string | number>) => string {
  const language = useLanguageStore((s) => s.language);
  return useCallback((key, params) => fill(messages[language][key] as string, params), [messages, language]);
}

/** The current language, for code that passes a locale to the core (diagnostics, diagrams). */
export function useLanguage() {
  return useLanguageStore((s) => s.language);
}
