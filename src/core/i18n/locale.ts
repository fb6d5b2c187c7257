/** The languages Floatplan speaks. Japanese terms follow Microsoft's Japanese Floating IP page. */
export type Locale = 'en' | 'ja';

export const LOCALES: readonly Locale[] = ['en', 'ja'];

/**
 * Fills `{name}` placeholders from `params`; unknown placeholders stay as they are so a missing value is visible.
 * @example fill('Rule {rule} on port {port}', { rule: 'r1', port: 80 }) // 'Rule r1 on port 80'
 */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/**
 * A catalog with the same keys in every language; TypeScript refuses a Japanese table that misses a key.
 * @example const m = defineMessages({ save: 'Save' }, { save: '保存' }); m.ja.save // '保存'
 */
export function defineMessages<const E extends Record<string, string>>(en: E, ja: { readonly [K in keyof E]: string }): Messages<E> {
  return { en, ja };
}

export interface Messages<E extends Record<string, string> = Record<string, string>> {
  en: E;
  ja: { readonly [K in keyof E]: string };
}
