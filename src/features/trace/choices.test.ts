import { describe, expect, it } from 'vitest';
import { resolvePick, ruleNames, vmsOfRule } from './choices';

const rows = [
  { rule: 'rule1', vm: 'VM1' },
  { rule: 'rule1', vm: 'VM2' },
  { rule: 'rule1', vm: 'VM2' },
  { rule: 'rule2', vm: 'VM2' },
  { rule: 'rule2', vm: 'VM3' },
];

describe('trace choices', () => {
  it('lists rules and the VMs of each rule once, in mapping order', () => {
    expect(ruleNames(rows)).toEqual(['rule1', 'rule2']);
    expect(vmsOfRule(rows, 'rule1')).toEqual(['VM1', 'VM2']);
    expect(vmsOfRule(rows, 'nope')).toEqual([]);
  });

  it('defaults to the selected rule and its first VM, else the first row', () => {
    expect(resolvePick(rows, {}, 'rule2')).toEqual({ rule: 'rule2', vm: 'VM2' });
    expect(resolvePick(rows, {}, 'gone')).toEqual({ rule: 'rule1', vm: 'VM1' });
    expect(resolvePick(rows, {})).toEqual({ rule: 'rule1', vm: 'VM1' });
    expect(resolvePick([], {})).toBeUndefined();
  });

  it("keeps the user's pick while it exists and falls back when the topology loses it", () => {
    expect(resolvePick(rows, { rule: 'rule2', vm: 'VM3' }, 'rule1')).toEqual({ rule: 'rule2', vm: 'VM3' });
    expect(resolvePick(rows, { rule: 'rule1', vm: 'VM3' })).toEqual({ rule: 'rule1', vm: 'VM1' });
    expect(resolvePick(rows, { rule: 'gone', vm: 'VM3' }, 'rule2')).toEqual({ rule: 'rule2', vm: 'VM2' });
  });
});
