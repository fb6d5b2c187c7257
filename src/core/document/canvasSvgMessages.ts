import { defineMessages, fill, type Locale } from '../i18n/locale';
import { canvasSvgEn } from './canvasSvgMessages.en';
import { canvasSvgJa } from './canvasSvgMessages.ja';

/** The canvas SVG's words; `{name}` placeholders are filled by `fill`. */
const canvasSvgMessages = defineMessages(canvasSvgEn, canvasSvgJa);

/** The translate function the canvas SVG code shares. */
export type CanvasSvgMsg = (key: keyof typeof canvasSvgEn, params?: Record<string, string | number>) => string;

/**
 * The canvas SVG's words in one language.
 * @example canvasSvgMsg('ja')('kind.probe') // '正常性プローブ'
 */
export function canvasSvgMsg(locale: Locale = 'en'): CanvasSvgMsg {
  return (key, params) => fill(canvasSvgMessages[locale][key], params);
}
