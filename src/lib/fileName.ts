/**
 * A safe download name from a topology's name and a suffix: lower case, accents dropped, runs of anything but
 * letters, digits, dots and dashes become one dash, at most 60 characters before the suffix, never empty.
 * @example safeFileName('Two frontends (type 2)', 'json') // 'two-frontends-type-2.json'
 */
export function safeFileName(name: string, suffix: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 60)
    .replace(/[.-]+$/, '');
  return `${base || 'topology'}.${suffix}`;
}
