// Test support: finds what a Japanese text still carries over from the English template.

// Words that stay as they are in Japanese: Microsoft's Japanese pages keep these in Latin letters.
const KEPT = new Set([
  'VM',
  'VMs',
  'IP',
  'NIC',
  'Azure',
  'Tcp',
  'Udp',
  'Http',
  'Https',
  'All',
  'HA',
  'JSON',
  'IPv4',
  'IPv6',
  'SKU',
  'Standard',
  'Basic',
  'Gateway',
  'Public',
  'Internal',
  'Floatplan',
  'URL',
  'OS',
  'ID',
  'PowerShell',
  'Windows',
  'Linux',
  'netsh',
]);

/**
 * Unfilled `{placeholders}` and English words left in a Japanese text, after removing the given names
 * (element names and other values that legitimately appear verbatim). Empty when the text is fully Japanese.
 * @example untranslated('規則 rule1 のフロントエンドがなくなります。', ['rule1']) // []
 * @example untranslated('Rule {rule} loses its frontend.', []) // ['{rule}', 'Rule', 'loses', 'its', 'frontend']
 */
export function untranslated(text: string, names: readonly string[]): string[] {
  let rest = text;
  // Longest first, so a name that contains another is removed whole.
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  const holes = rest.match(/\{\w+\}/g) ?? [];
  const words = (rest.replace(/\{\w+\}/g, ' ').match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !KEPT.has(w));
  return [...holes, ...words];
}
