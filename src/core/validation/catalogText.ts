// Catalog texts of validation diagnostics: short keys of validation/messages.en.ts, namespaced `validation.`.
import { text as catalogText, type Text, type TextParam } from '../i18n/text';
import type { validationAcrossEn } from './acrossMessages.en';
import type { validationEn } from './messages.en';
import type { validationPlatformEn } from './platformMessages.en';

export { names, type NameList, type Text, type TextParam } from '../i18n/text';

/** A key of the validation catalog, without its `validation.` namespace. */
export type ValidationKey = keyof typeof validationEn | keyof typeof validationPlatformEn | keyof typeof validationAcrossEn;

/**
 * A validation text.
 * @example text('port.one', { port: 80 }) // { key: 'validation.port.one', params: { port: 80 } }
 */
export function text(key: ValidationKey, params?: Readonly<Record<string, TextParam>>): Text {
  return catalogText(`validation.${key}`, params);
}
