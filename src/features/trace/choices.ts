import type { TraceKind } from '../../core/trace/trace';

/** A rule (load-balancing or inbound NAT) × VM pair to trace. */
export interface TracePick {
  kind: TraceKind;
  rule: string;
  vm: string;
}

/** A rule of either kind, as the rule picker lists it. */
export type RuleChoice = Pick<TracePick, 'kind' | 'rule'>;

/**
 * Every pair the Trace tab can show: load-balancing rule rows first, then inbound NAT rule rows, in mapping order.
 * @example flowChoices([{ rule: 'rule1', vm: 'VM1' }], [{ natRule: 'rdp', vm: 'VM1' }]) // [{ kind: 'rule', … }, { kind: 'natRule', rule: 'rdp', vm: 'VM1' }]
 */
export function flowChoices(rows: readonly { rule: string; vm: string }[], natRows: readonly { natRule: string; vm: string }[] = []): TracePick[] {
  return [...rows.map((r) => ({ kind: 'rule' as const, rule: r.rule, vm: r.vm })), ...natRows.map((r) => ({ kind: 'natRule' as const, rule: r.natRule, vm: r.vm }))];
}

/** One string per rule for a <select> value: kinds never share a key even when names are equal. */
export const choiceKey = (c: RuleChoice) => `${c.kind}:${c.rule}`;

/** The rule a choiceKey names. @example parseChoiceKey('natRule:rdp:1') // { kind: 'natRule', rule: 'rdp:1' } */
export function parseChoiceKey(key: string): RuleChoice {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) === 'natRule' ? 'natRule' : 'rule', rule: key.slice(at + 1) };
}

const same = (a: RuleChoice, b: RuleChoice) => a.kind === b.kind && a.rule === b.rule;

/**
 * The rules that reach at least one VM, in mapping order, without repeats.
 * @example ruleChoices(choices).map(choiceKey) // ['rule:rule1', 'rule:rule2', 'natRule:rdp-vm1']
 */
export function ruleChoices(choices: readonly TracePick[]): RuleChoice[] {
  const seen = new Set<string>();
  return choices.filter((c) => !seen.has(choiceKey(c)) && seen.add(choiceKey(c))).map(({ kind, rule }) => ({ kind, rule }));
}

/**
 * The VMs one rule reaches, in mapping order, without repeats (a VM with two ipconfigs appears once).
 * @example vmsOfRule(choices, { kind: 'rule', rule: 'rule1' }) // ['VM1', 'VM2']
 */
export function vmsOfRule(choices: readonly TracePick[], rule: RuleChoice): string[] {
  return [...new Set(choices.filter((c) => same(c, rule)).map((c) => c.vm))];
}

/**
 * The pair to show: the user's pick while the choices still have it, else the rule selected elsewhere, else the
 * first choice; the VM falls back to the rule's first VM. Undefined when nothing reaches a VM at all.
 */
export function resolvePick(choices: readonly TracePick[], picked: Partial<TracePick>, selected?: RuleChoice): TracePick | undefined {
  if (choices.length === 0) return undefined;
  const rules = ruleChoices(choices);
  const wanted = [picked.rule === undefined ? undefined : { kind: picked.kind ?? 'rule', rule: picked.rule }, selected];
  const rule = wanted.map((w) => w && rules.find((r) => same(r, w))).find((r) => r !== undefined) ?? rules[0]!;
  const vms = vmsOfRule(choices, rule);
  const vm = picked.vm && picked.rule === rule.rule && (picked.kind ?? 'rule') === rule.kind && vms.includes(picked.vm) ? picked.vm : vms[0]!;
  return { ...rule, vm };
}
