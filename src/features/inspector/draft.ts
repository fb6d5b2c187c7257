import { fill, type Locale } from '../../core/i18n/locale';
import { explainInvalidIp, parseIp } from '../../core/net/address';
import { messages } from './messages';

/** The outcome of reading a field's text: a value to commit, or the problem in words with the fix. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(problem: string): Parsed<T> => ({ ok: false, problem });
const say = (locale: Locale, key: keyof typeof messages.en, params?: Record<string, string | number>) =>
  fill(messages[locale][key], params);

/**
 * Reads a whole number. Range is not checked here: out-of-range values are committed and
 * reported by the core's diagnostics, so the UI and the CLI agree on the limits.
 * @example parseInteger('80') // { ok: true, value: 80 }; parseInteger('80a') // { ok: false, ... }
 */
export function parseInteger(raw: string, example = '80', locale: Locale = 'en'): Parsed<number> {
  const s = raw.trim();
  if (s === '') return bad(say(locale, 'wholeNumber', { example }));
  if (/^-?\d+[.,]\d*$/.test(s)) return bad(say(locale, 'noDecimals', { example }));
  if (!/^-?\d+$/.test(s)) return bad(say(locale, 'notNumber', { value: s, example }));
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return bad(say(locale, 'tooLarge', { example }));
  return ok(n);
}

/** Like parseInteger, but an empty field means "not set" (the Azure default applies). */
export function parseOptionalInteger(raw: string, example = '4', locale: Locale = 'en'): Parsed<number | undefined> {
  return raw.trim() === '' ? ok(undefined) : parseInteger(raw, example, locale);
}

/**
 * Reads an IP address as the core does; the text is kept exactly as typed once it parses.
 * @example parseAddress('010.0.0.1') // { ok: false, problem: 'Not a valid address: ... like 10.0.0.4.' }
 */
export function parseAddress(raw: string, locale: Locale = 'en'): Parsed<string> {
  return parseIp(raw) ? ok(raw) : bad(say(locale, 'badAddress', { reason: explainInvalidIp(raw, locale) }));
}

/** Reads text that must not be empty (names the core does not rename, NIC names, titles). */
export function parseRequiredText(raw: string, what: string, locale: Locale = 'en'): Parsed<string> {
  if (raw.trim() === '') return bad(say(locale, 'emptyText', { what }));
  if (raw.trim() !== raw) return bad(say(locale, 'spacesText', { what }));
  return ok(raw);
}

/** Any text, including empty (descriptions, a probe's optional request path). */
export function parseAnyText(raw: string): Parsed<string> {
  return ok(raw);
}
