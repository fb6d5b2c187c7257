// Each fact once: an importer may reach the same fact on two ways (a value read by two elements, ARM paths that
// map to one Bicep path), and a finding said twice reads like two problems.
import type { ImportDiagnostic } from './types';

/**
 * The diagnostics without repeats: the first of those with the same severity, code, path and text is kept, in order.
 * @example uniqueDiagnostics([d, { ...d }]).length // 1
 */
export function uniqueDiagnostics(list: readonly ImportDiagnostic[]): ImportDiagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = JSON.stringify([d.severity, d.code, d.path ?? null, d.text]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
