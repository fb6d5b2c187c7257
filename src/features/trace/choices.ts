import type { TraceKind } from '../../core/trace/trace';

/** A rule (load-balancing or inbound NAT) × VM pair to trace. */
export interface TracePick {
  kind: TraceKind;
  rule: string;
  vm: string;
}

/** A rule of either kind, as the rule picker lists it. */
export type RuleChoice = Pick<TracePick, 'kind' | 'rule'>;

/** What the pickers offer: the rules in mapping order and, per rule, its VMs (each once, in mapping order). */
export interface FlowChoices {
  rules: readonly RuleChoice[];
  vms: ReadonlyMap<string, readonly string[]>;
}

/** One string per rule for a <select> value: kinds never share a key even when names are equal. */
export const choiceKey = (c: RuleChoice) => `${c.kind}:${c.rule}`;

/** The rule a choiceKey names. @example parseChoiceKey('natRule:rdp:1') // { kind: 'natRule', rule: 'rdp:1' } */
export function parseChoiceKey(key: string): RuleChoice {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) === 'natRule' ? 'natRule' : 'rule', rule: key.slice(at + 1) };
}

/**
 * Every pair the Trace tab can show, in one pass over the mapping: load-balancing rules first, then inbound NAT
 * rules, in mapping order, each VM once per rule (a VM with two ipconfigs appears once). Build it once per mapping:
 * the pickers then cost nothing per render, however large the mapping.
 * @example flowChoices([{ rule: 'rule1', vm: 'VM1' }], [{ natRule: 'rdp', vm: 'VM1' }]).rules // [{ kind: 'rule', rule: 'rule1' }, { kind: 'natRule', rule: 'rdp' }]
 */
export function flowChoices(
  rows: readonly { rule: string; vm: string }[],
  natRows: readonly { natRule: string; vm: string }[] = [],
): FlowChoices {
  const rules: RuleChoice[] = [];
  const vms = new Map<string, string[]>();
  const seen = new Map<string, Set<string>>();
  const add = (kind: TraceKind, rule: string, vm: string) => {
    const key = `${kind}:${rule}`;
    let known = seen.get(key);
    if (!known) {
      rules.push({ kind, rule });
      vms.set(key, []);
      seen.set(key, (known = new Set()));
    }
    if (!known.has(vm)) {
      known.add(vm);
      vms.get(key)!.push(vm);
    }
  };
  for (const r of rows) add('rule', r.rule, r.vm);
  for (const r of natRows) add('natRule', r.natRule, r.vm);
  return { rules, vms };
}

/**
 * The VMs one rule reaches, in mapping order, without repeats.
 * @example vmsOfRule(choices, { kind: 'rule', rule: 'rule1' }) // ['VM1', 'VM2']
 */
export function vmsOfRule(choices: FlowChoices, rule: RuleChoice): readonly string[] {
  return choices.vms.get(choiceKey(rule)) ?? [];
}

/**
 * The pair to show: the user's pick while the choices still have it, else the rule selected elsewhere, else the
 * first choice; the VM falls back to the rule's first VM. Undefined when nothing reaches a VM at all.
 */
export function resolvePick(choices: FlowChoices, picked: Partial<TracePick>, selected?: RuleChoice): TracePick | undefined {
  const first = choices.rules[0];
  if (!first) return undefined;
  const wanted = [picked.rule === undefined ? undefined : { kind: picked.kind ?? 'rule', rule: picked.rule }, selected];
  const rule = wanted.find((w): w is RuleChoice => w !== undefined && choices.vms.has(choiceKey(w))) ?? first;
  const vms = vmsOfRule(choices, rule);
  const vm =
    picked.vm && picked.rule === rule.rule && (picked.kind ?? 'rule') === rule.kind && vms.includes(picked.vm) ? picked.vm : vms[0]!;
  return { kind: rule.kind, rule: rule.rule, vm };
}
