import { fill } from '../core/i18n/locale';
import type { English, UiMessages } from './catalog';
import { useLanguageStore } from './language';

/**
 * Translates with one catalog in the language chosen now, for code outside components (notices, actions).
 * @example translate(messages, 'saved', { name: 'web', file: 'web.json' })
 */
export function translate<E extends English>(messages: UiMessages<E>, key: keyof E, params?: Record<string, string | number>): string {
  return fill(messages[useLanguageStore.getState().language][key] as string, params);
}
