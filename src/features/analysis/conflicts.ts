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

/**
 * How many rows are in conflict. Looks rows up by rule, then VM, instead of building each row's key: on a large
 * topology (8,700 rows at ~1,000 elements) the keys cost more than everything else the Mapping tab does on an edit.
 */
export function countConflicted(rows: readonly { rule: string; vm: string }[], conflicts: ReadonlyMap<string, unknown>): number {
  if (conflicts.size === 0) return 0;
  const byRule = new Map<string, Set<string>>();
  for (const key of conflicts.keys()) {
    const [rule, vm] = JSON.parse(key) as [string, string];
    byRule.set(rule, (byRule.get(rule) ?? new Set()).add(vm));
  }
  let n = 0;
  for (const r of rows) if (byRule.get(r.rule)?.has(r.vm)) n++;
  return n;
}
