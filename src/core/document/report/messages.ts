import { defineMessages, fill, type Locale } from '../../i18n/locale';
import { reportEn } from './messages.en';
import { reportJa } from './messages.ja';

/** The report's words: a keyed table read directly, like the diagram's (not catalog texts; nothing crosses a worker). */
const reportMessages = defineMessages(reportEn, reportJa);

export type ReportKey = keyof typeof reportEn;
export type ReportMsg = (key: ReportKey, params?: Record<string, string | number>) => string;

/** The report's words in one language. @example reportMsg('ja')('mapping') // 'マッピング' */
export function reportMsg(locale: Locale = 'en'): ReportMsg {
  return (key, params) => fill(reportMessages[locale][key], params);
}
