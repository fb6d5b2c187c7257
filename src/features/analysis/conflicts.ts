import type { Diagnostic, DiagnosticCode } from '../../core/diagnostics/diagnostic';

/**
 * For each (rule, VM) pair named together by an error diagnostic, the codes that name it.
 * A mapping row is involved in an error when both its rule and its VM are in the refs;
 * `kind` 'natRule' does the same for inbound NAT rules and the NAT rows.
 */
export function conflictIndex(diagnostics: readonly Diagnostic[], kind: 'rule' | 'natRule' = 'rule'): Map<string, DiagnosticCode[]> {
  const index = new Map<string, DiagnosticCode[]>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const rules = d.refs.filter((r) => r.kind === kind).map((r) => r.name);
    const vms = d.refs.filter((r) => r.kind === 'vm').map((r) => r.name);
    for (const rule of rules) {
      for (const vm of vms) {
        const key = conflictKey(rule, vm);
        const codes = index.get(key) ?? [];
        if (!codes.includes(d.code)) codes.push(d.code);
        index.set(key, codes);
      }
    }
  }
  return index;
}

/** The key of a rule and VM in {@link conflictIndex}; JSON, because a name may hold any character (even NUL). */
export function conflictKey(rule: string, vm: string): string {
  return JSON.stringify([rule, vm]);
}
