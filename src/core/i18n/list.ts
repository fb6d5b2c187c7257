import type { Locale } from './locale';

/**
 * Names sorted (or in the given order when `ordered`), de-duplicated and joined the way each language lists them
 * (at most `max`, then "N more").
 * @example formatList(['VM3', 'VM1', 'VM2'], 'en') // 'VM1, VM2 and VM3'
 * @example formatList(['VM3', 'VM1', 'VM2'], 'ja') // 'VM1、VM2、VM3'
 */
export function formatList(names: Iterable<string>, locale: Locale, max = 5, ordered = false): string {
  const unique = [...new Set(names)];
  const sorted = ordered ? unique : unique.sort();
  if (sorted.length <= 1) return sorted.join('');
  const shown = sorted.slice(0, Math.min(max, sorted.length));
  const rest = sorted.length - shown.length;
  if (locale === 'ja') return rest > 0 ? `${shown.join('、')} ほか ${rest} 件` : shown.join('、');
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
