import { describe, expect, it } from 'vitest';
import { choiceKey, flowChoices, parseChoiceKey, resolvePick, vmsOfRule } from './choices';

const choices = flowChoices(
  [
    { rule: 'rule1', vm: 'VM1' },
    { rule: 'rule1', vm: 'VM2' },
    { rule: 'rule1', vm: 'VM2' },
    { rule: 'rule2', vm: 'VM2' },
    { rule: 'rule2', vm: 'VM3' },
  ],
  // An inbound NAT rule may share a load-balancing rule's name: they are different collections in Azure.
  [
    { natRule: 'rule2', vm: 'VM1' },
    { natRule: 'rdp-vm3', vm: 'VM3' },
  ],
);
const r = (rule: string) => ({ kind: 'rule' as const, rule });
const n = (rule: string) => ({ kind: 'natRule' as const, rule });

describe('trace choices', () => {
  it('lists load-balancing then inbound NAT rules and the VMs of each once, in mapping order', () => {
    expect(choices.rules.map(choiceKey)).toEqual(['rule:rule1', 'rule:rule2', 'natRule:rule2', 'natRule:rdp-vm3']);
    expect(vmsOfRule(choices, r('rule1'))).toEqual(['VM1', 'VM2']);
    expect(vmsOfRule(choices, r('rule2'))).toEqual(['VM2', 'VM3']);
    expect(vmsOfRule(choices, n('rule2'))).toEqual(['VM1']);
    expect(vmsOfRule(choices, r('nope'))).toEqual([]);
  });

  it('round-trips a rule through its <select> key, names with colons included', () => {
    expect(parseChoiceKey(choiceKey(n('rdp:1')))).toEqual(n('rdp:1'));
    expect(parseChoiceKey(choiceKey(r('web')))).toEqual(r('web'));
  });

  it('defaults to the selected rule and its first VM, else the first choice', () => {
    expect(resolvePick(choices, {}, r('rule2'))).toEqual({ ...r('rule2'), vm: 'VM2' });
    expect(resolvePick(choices, {}, n('rule2'))).toEqual({ ...n('rule2'), vm: 'VM1' });
    expect(resolvePick(choices, {}, r('gone'))).toEqual({ ...r('rule1'), vm: 'VM1' });
    expect(resolvePick(choices, {})).toEqual({ ...r('rule1'), vm: 'VM1' });
    expect(resolvePick(flowChoices([]), {})).toBeUndefined();
  });

  it("keeps the user's pick while it exists and falls back when the topology loses it", () => {
    expect(resolvePick(choices, { ...r('rule2'), vm: 'VM3' }, r('rule1'))).toEqual({ ...r('rule2'), vm: 'VM3' });
    expect(resolvePick(choices, { ...n('rdp-vm3'), vm: 'VM3' }, r('rule1'))).toEqual({ ...n('rdp-vm3'), vm: 'VM3' });
    expect(resolvePick(choices, { ...r('rule1'), vm: 'VM3' })).toEqual({ ...r('rule1'), vm: 'VM1' });
    // VM3 is reached by rule rule2 but not by NAT rule rule2: the NAT rule's own VM is shown.
    expect(resolvePick(choices, { ...n('rule2'), vm: 'VM3' })).toEqual({ ...n('rule2'), vm: 'VM1' });
    expect(resolvePick(choices, { ...r('gone'), vm: 'VM3' }, r('rule2'))).toEqual({ ...r('rule2'), vm: 'VM2' });
  });
});
