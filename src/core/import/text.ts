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
import type { importTerraformModulesEn } from './terraform/modules/messages.en';
import type { ImportCode, ImportDiagnostic, ImportFailure, ImportFormat } from './types';

/** A key of an import catalog, without its `import.` namespace. */
export type ImportMessageKey =
  | keyof typeof importSharedEn
  | keyof typeof importArmEn
  | keyof typeof importTerraformEn
  | keyof typeof importTerraformModulesEn
  | keyof typeof importBicepEn;

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

// The kinds of element an importer names in its findings, each with its catalog word.
const NOUNS = {
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
} as const satisfies Readonly<Record<string, ImportMessageKey>>;

/** A kind of element an importer names (`'backend pool'`, `'probe'`, …): an identifier, typed, never free text. */
export type ImportKind = keyof typeof NOUNS;
const PLURALS = {
  frontend: 'nouns.frontend',
  'backend pool': 'nouns.backendPool',
  probe: 'nouns.probe',
  'load-balancing rule': 'nouns.lbRule',
  'inbound NAT rule': 'nouns.inboundNatRule',
} as const satisfies Readonly<Partial<Record<ImportKind, ImportMessageKey>>>;

/** A kind whose plural a text needs. */
export type PluralKind = keyof typeof PLURALS;

/**
 * The plural of a kind as a catalog text.
 * @example pluralText('probe') // { key: 'import.nouns.probe' }, 'probes' in English
 */
export function pluralText(kind: PluralKind): Text {
  return itext(PLURALS[kind]);
}

/**
 * A kind as its catalog word, so it is translated with the sentence around it.
 * @example nounText('backend pool') // { key: 'import.noun.backendPool' }
 */
export function nounText(kind: ImportKind): Text {
  return itext(NOUNS[kind]);
}

/**
 * A failed import's error in a language (English by default, as the CLI prints it).
 * @example errorOf(importFailure('arm', itext('error.jsonEmpty'))) // 'The file is empty: …'
 */
export function errorOf(f: Pick<ImportFailure, 'errorText'>, locale: Locale = 'en'): string {
  return render(f.errorText, locale);
}
