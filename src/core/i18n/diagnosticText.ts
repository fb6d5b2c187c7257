import { diagnosticMessages, type DiagnosticMessageKey } from './diagnostics';
import { formatList } from './list';
import { fill, type Locale } from './locale';

/** A list of element names, joined the way the language lists them ("VM1, VM2 and VM3" / "VM1、VM2、VM3"). */
export interface NameList {
  names: readonly string[];
  max?: number;
  /** Keep the given order (numbers) instead of sorting by name. */
  ordered?: boolean;
}

/** A catalog text with its parameters; parameters may be texts or name lists themselves, rendered in the same language. */
export interface DiagnosticText {
  key: DiagnosticMessageKey;
  params?: Readonly<Record<string, TextParam>>;
}

export type TextParam = string | number | DiagnosticText | NameList;

/**
 * Shorthand for a catalog text.
 * @example text('port.one', { port: 80 }) // { key: 'port.one', params: { port: 80 } }
 */
export function text(key: DiagnosticMessageKey, params?: Readonly<Record<string, TextParam>>): DiagnosticText {
  return params ? { key, params } : { key };
}

/**
 * Shorthand for a name list parameter, sorted and de-duplicated so a diagnostic never depends on input order.
 * @example names(['VM2', 'VM1']) // { names: ['VM1', 'VM2'] }, rendered 'VM1 and VM2' in English
 */
export function names(list: Iterable<string>, max?: number): NameList {
  const sorted = [...new Set(list)].sort();
  return max === undefined ? { names: sorted } : { names: sorted, max };
}

/**
 * Renders a text in one language, parameters included.
 * @example renderText(text('port.one', { port: 80 }), 'ja') // 'ポート 80'
 */
export function renderText(t: DiagnosticText, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(t.params ?? {})) params[name] = renderParam(value, locale);
  return fill(diagnosticMessages[locale][t.key], params);
}

function renderParam(value: TextParam, locale: Locale): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('names' in value) return formatList(value.names, locale, value.max, value.ordered);
  return renderText(value, locale);
}

/** What a diagnostic needs to be shown in another language. */
export interface LocalizableDiagnostic {
  message: string;
  messageKey?: DiagnosticMessageKey;
  params?: Readonly<Record<string, TextParam>>;
}

/**
 * A diagnostic's message in `locale`; English is the `message` it was built with (also for diagnostics made elsewhere without a key).
 * @example diagnosticMessage(validate(t)[0], 'ja') // '規則 rule1 はフローティング IP を使用しています。…'
 */
export function diagnosticMessage(d: LocalizableDiagnostic, locale: Locale): string {
  if (locale === 'en' || !d.messageKey) return d.message;
  return renderText({ key: d.messageKey, params: d.params }, locale);
}
