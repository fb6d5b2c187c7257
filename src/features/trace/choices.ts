import type { MappingRow } from '../../core/mapping/mapping';

/** A rule × VM pair to trace. */
export interface TracePick {
  rule: string;
  vm: string;
}

/**
 * The rules that reach at least one VM, in mapping order, without repeats.
 * @example ruleNames(rows) // ['rule1', 'rule2']
 */
export function ruleNames(rows: readonly Pick<MappingRow, 'rule'>[]): string[] {
  return [...new Set(rows.map((r) => r.rule))];
}

/**
 * The VMs one rule reaches, in mapping order, without repeats (a VM with two ipconfigs appears once).
 * @example vmsOfRule(rows, 'rule1') // ['VM1', 'VM2']
 */
export function vmsOfRule(rows: readonly Pick<MappingRow, 'rule' | 'vm'>[], rule: string): string[] {
  return [...new Set(rows.filter((r) => r.rule === rule).map((r) => r.vm))];
}

/**
 * The pair to show: the user's pick while the rows still have it, else the selected rule, else the
 * first row; the VM falls back to the rule's first VM. Undefined when there is no mapping row at all.
 */
export function resolvePick(
  rows: readonly Pick<MappingRow, 'rule' | 'vm'>[],
  picked: Partial<TracePick>,
  selectedRule?: string,
): TracePick | undefined {
  if (rows.length === 0) return undefined;
  const rules = ruleNames(rows);
  const rule = [picked.rule, selectedRule].find((r): r is string => !!r && rules.includes(r)) ?? rows[0]!.rule;
  const vms = vmsOfRule(rows, rule);
  const vm = picked.vm && picked.rule === rule && vms.includes(picked.vm) ? picked.vm : vms[0]!;
  return { rule, vm };
}
