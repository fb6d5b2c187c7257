// Import texts: the short keys of the importers' catalogs (messages.en.ts here and in arm/, terraform/, bicep/),
// namespaced `import.` in the one core table. JSON paths, names, expressions and values are parameters and stay as
// they are in every language.
import type { Severity } from '../diagnostics/diagnostic';
import type { Locale } from '../i18n/locale';
import { render, text, type Text, type TextParam } from '../i18n/text';
import type { importArmEn } from './arm/messages.en';
import type { importBicepEn } from './bicep/messages.en';
import type { importSharedEn } from './messages.en';
import type { importTerraformEn } from './terraform/messages.en';
import type { ImportCode, ImportDiagnostic, ImportFailure, ImportFormat } from './types';

/** A key of an import catalog, without its `import.` namespace. */
export type ImportMessageKey =
  keyof typeof importSharedEn | keyof typeof importArmEn | keyof typeof importTerraformEn | keyof typeof importBicepEn;

/** An import text is a core catalog text. */
export type ImportText = Text;
/** A parameter of an import text, or a plain value standing where a text could. */
export type ImportParam = TextParam;

/**
 * Shorthand for an import catalog text.
 * @example itext('output.conditionFalse', { name: 'lbId' }) // { key: 'import.output.conditionFalse', params: { name: 'lbId' } }
 */
export function itext(key: ImportMessageKey, params?: Readonly<Record<string, TextParam>>): Text {
  return text(`import.${key}`, params);
}

/**
 * English words of a text or plain parameter: what the markers' `reason` and error details hold.
 * @example english(itext('word.none')) // 'none'
 */
export function english(t: TextParam): string {
  return render(t, 'en');
}

/**
 * An import diagnostic.
 * @example importDiagnostic('info', 'ImportIgnored', itext('output.conditionFalse', { name: 'x' }), 'outputs.x')
 */
export function importDiagnostic(severity: Severity, code: ImportCode, t: Text, path?: string): ImportDiagnostic {
  return { severity, code, text: t, ...(path !== undefined ? { path } : {}) };
}

/**
 * A failed import.
 * @example importFailure('arm', itext('error.jsonEmpty'))
 */
export function importFailure(format: ImportFormat | undefined, t: Text, diagnostics: ImportDiagnostic[] = []): ImportFailure {
  return { ok: false, ...(format ? { format } : {}), errorText: t, diagnostics };
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
 * @example pluralText('probe') // { key: 'import.nouns.probe' }, 'probes' in English
 */
export function pluralText(kind: string): TextParam {
  const key = Object.hasOwn(PLURALS, kind) ? PLURALS[kind] : undefined;
  return key ? itext(key) : `${kind}s`;
}

/**
 * A kind word as a catalog text, so it is translated with the sentence around it.
 * @example nounText('backend pool') // { key: 'import.noun.backendPool' }
 */
export function nounText(kind: string): TextParam {
  const key = Object.hasOwn(NOUNS, kind) ? NOUNS[kind] : undefined;
  return key ? itext(key) : kind;
}

/**
 * A failed import's error in a language (English by default, as the CLI prints it).
 * @example errorOf(importFailure('arm', itext('error.jsonEmpty'))) // 'The file is empty: …'
 */
export function errorOf(f: Pick<ImportFailure, 'errorText'>, locale: Locale = 'en'): string {
  return render(f.errorText, locale);
}
