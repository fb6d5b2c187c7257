// Import diagnostics in any language. A diagnostic keeps its English `message` (CLI, tests, JSON output) and
// carries the same words as a catalog key with parameters, so the Import dialog can show them in Japanese.
// JSON paths, names, expressions and values are parameters and stay as they are in every language.
import type { Severity } from '../diagnostics/diagnostic';
import { fill, type Locale } from '../i18n/locale';
import { messages, type ImportMessageKey } from './messages';
import type { ImportCode, ImportDiagnostic, ImportFailure, ImportFormat } from './types';

/** A catalog text with its parameters; a parameter may be a catalog text itself, rendered in the same language. */
export interface ImportText {
  key: ImportMessageKey;
  params?: Readonly<Record<string, ImportParam>>;
}

export type ImportParam = string | number | boolean | ImportText;

/**
 * Shorthand for a catalog text.
 * @example itext('output.conditionFalse', { name: 'lbId' })
 */
export function itext(key: ImportMessageKey, params?: Readonly<Record<string, ImportParam>>): ImportText {
  return params ? { key, params } : { key };
}

/** True for a catalog text (not a plain string, number or boolean parameter). */
export function isImportText(p: unknown): p is ImportText {
  return typeof p === 'object' && p !== null && typeof (p as ImportText).key === 'string';
}

/**
 * Renders a text, or a plain parameter, in one language.
 * @example renderImportText(itext('output.conditionFalse', { name: 'x' }), 'en') // "Output 'x' has condition false; it was left out."
 */
export function renderImportText(t: ImportParam, locale: Locale): string {
  if (!isImportText(t)) return String(t);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(t.params ?? {})) params[name] = renderImportText(value, locale);
  return fill(messages[locale][t.key], params);
}

/** Text of an ImportText or plain string in English: what `message` and the markers' `reason` hold. */
export function english(t: ImportParam): string {
  return renderImportText(t, 'en');
}

/**
 * A diagnostic whose English message is rendered from the catalog, keeping the key and parameters for other languages.
 * @example importDiagnostic('info', 'ImportIgnored', itext('output.conditionFalse', { name: 'x' }), 'outputs.x')
 */
export function importDiagnostic(severity: Severity, code: ImportCode, t: ImportText | string, path?: string): ImportDiagnostic {
  const words = typeof t === 'string' ? { message: t } : { message: english(t), messageKey: t.key, ...(t.params ? { params: t.params } : {}) };
  return { severity, code, ...words, ...(path !== undefined ? { path } : {}) };
}

/** The catalog text of a diagnostic, or its plain English message when it has none. */
export function diagnosticText(d: Pick<ImportDiagnostic, 'message' | 'messageKey' | 'params'>): ImportParam {
  return d.messageKey ? itext(d.messageKey, d.params) : d.message;
}

/**
 * A diagnostic's message in `locale`; English is the `message` it was built with (also for one without a key).
 * @example importDiagnosticMessage(outcome.diagnostics[0], 'ja')
 */
export function importDiagnosticMessage(d: Pick<ImportDiagnostic, 'message' | 'messageKey' | 'params'>, locale: Locale): string {
  if (locale === 'en' || !d.messageKey) return d.message;
  return renderImportText(itext(d.messageKey, d.params), locale);
}

/**
 * A failed import whose English `error` is rendered from the catalog, keeping the key and parameters.
 * @example importFailure('arm', itext('error.jsonEmpty'))
 */
export function importFailure(format: ImportFormat | undefined, t: ImportText | string, diagnostics: ImportDiagnostic[] = []): ImportFailure {
  const words = typeof t === 'string' ? { error: t } : { error: english(t), errorKey: t.key, ...(t.params ? { errorParams: t.params } : {}) };
  return { ok: false, ...(format ? { format } : {}), ...words, diagnostics };
}

/**
 * A failed import's error in `locale`; English is the `error` it was built with (also for one without a key).
 * @example importErrorMessage(outcome, 'ja')
 */
export function importErrorMessage(f: Pick<ImportFailure, 'error' | 'errorKey' | 'errorParams'>, locale: Locale): string {
  if (locale === 'en' || !f.errorKey) return f.error;
  return renderImportText(itext(f.errorKey, f.errorParams), locale);
}

/** Applies `change` to every string parameter, nested texts included (for translating ARM paths to Bicep). */
export function mapTextStrings(t: ImportText, change: (s: string) => string): ImportText {
  if (!t.params) return t;
  const params: Record<string, ImportParam> = {};
  for (const [name, value] of Object.entries(t.params)) params[name] = typeof value === 'string' ? change(value) : isImportText(value) ? mapTextStrings(value, change) : value;
  return { key: t.key, params };
}

// The kinds callers name, as catalog words (an unknown kind stays as given).
const NOUNS: Readonly<Record<string, ImportMessageKey>> = {
  frontend: 'noun.frontend',
  probe: 'noun.probe',
  rule: 'noun.rule',
  'NAT rule': 'noun.natRule',
  'inbound NAT rule': 'noun.inboundNatRule',
  'load balancer': 'noun.loadBalancer',
  'backend pool': 'noun.backendPool',
  NIC: 'noun.nic',
  VM: 'noun.vm',
  'network interface': 'noun.networkInterface',
  'pool address': 'noun.poolAddress',
  'load-balancing rule': 'noun.lbRule',
  'outbound rule': 'noun.outboundRule',
  'inbound NAT pool': 'noun.inboundNatPool',
  'pool member': 'noun.poolMember',
  'NAT rule target': 'noun.natTarget',
};
const PLURALS: Readonly<Record<string, ImportMessageKey>> = {
  frontend: 'nouns.frontend',
  'backend pool': 'nouns.backendPool',
  probe: 'nouns.probe',
  'load-balancing rule': 'nouns.lbRule',
  'inbound NAT rule': 'nouns.inboundNatRule',
};

/**
 * The plural of a kind word as a catalog text (English adds "s").
 * @example pluralText('probe') // { key: 'nouns.probe' }, 'probes' in English
 */
export function pluralText(kind: string): ImportParam {
  const key = Object.hasOwn(PLURALS, kind) ? PLURALS[kind] : undefined;
  return key ? itext(key) : `${kind}s`;
}

/**
 * A kind word as a catalog text, so it is translated with the sentence around it.
 * @example nounText('backend pool') // { key: 'noun.backendPool' }
 */
export function nounText(kind: string): ImportParam {
  const key = Object.hasOwn(NOUNS, kind) ? NOUNS[kind] : undefined;
  return key ? itext(key) : kind;
}
