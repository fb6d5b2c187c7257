import { explainInvalidIp, parseIp } from '../../core/net/address';

/** The outcome of reading a field's text: a value to commit, or the problem in words with the fix. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

/**
 * Reads a whole number. Range is not checked here: out-of-range values are committed and
 * reported by the core's diagnostics, so the UI and the CLI agree on the limits.
 * @example parseInteger('80') // { ok: true, value: 80 }; parseInteger('80a') // { ok: false, ... }
 */
export function parseInteger(raw: string, example = '80'): Parsed<number> {
  const s = raw.trim();
  if (s === '') return bad(`Enter a whole number, like ${example}.`);
  if (/^-?\d+[.,]\d*$/.test(s)) return bad(`Use a whole number without a decimal part, like ${example}.`);
  if (!/^-?\d+$/.test(s)) return bad(`"${s}" is not a number; enter digits only, like ${example}.`);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return bad(`That number is too large; enter a value like ${example}.`);
  return ok(n);
}

/** Like parseInteger, but an empty field means "not set" (the Azure default applies). */
export function parseOptionalInteger(raw: string, example = '4'): Parsed<number | undefined> {
  return raw.trim() === '' ? ok(undefined) : parseInteger(raw, example);
}

/**
 * Reads an IP address as the core does; the text is kept exactly as typed once it parses.
 * @example parseAddress('010.0.0.1') // { ok: false, problem: 'Not a valid address: ... like 10.0.0.4.' }
 */
export function parseAddress(raw: string): Parsed<string> {
  return parseIp(raw) ? ok(raw) : bad(`Not a valid address: ${explainInvalidIp(raw)}.`);
}

/** Reads text that must not be empty (names the core does not rename, NIC names, titles). */
export function parseRequiredText(raw: string, what: string): Parsed<string> {
  if (raw.trim() === '') return bad(`The ${what} cannot be empty; type one.`);
  if (raw.trim() !== raw) return bad(`Remove the spaces at the start or end of the ${what}.`);
  return ok(raw);
}

/** Any text, including empty (descriptions, a probe's optional request path). */
export function parseAnyText(raw: string): Parsed<string> {
  return ok(raw);
}
