import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../core/diagnostics/diagnostic';
import { preset } from '../../core/testing/presets';
import { analyze } from '../../core/validation/analyze';
import { conflictIndex, conflictKey, countConflicted } from './conflicts';

describe('conflict index', () => {
  it('keeps pairs apart whatever characters the names hold (issue 12: a NUL in a name made two pairs one key)', () => {
    expect(conflictKey('a\u0000b', 'c')).not.toBe(conflictKey('a', 'b\u0000c'));
  });

  it('is empty when there are no errors', () => {
    expect(conflictIndex(analyze(preset('type2-floating-ip')).diagnostics).size).toBe(0);
  });

  it('marks every rule and VM pair named by an error diagnostic', () => {
    const t = preset('type2-floating-ip');
    const off = { ...t, rules: t.rules.map((r) => ({ ...r, floatingIp: false })) };
    const index = conflictIndex(analyze(off).diagnostics);
    for (const rule of ['rule1', 'rule2']) {
      for (const vm of ['VM1', 'VM2']) expect(index.get(conflictKey(rule, vm))).toEqual(['RulesUseSameBackendPortProtocolAndPool']);
    }
  });

  it('marks exactly the rows in conflict when one diagnostic names a whole colliding set', () => {
    // a, b and c collide on VM1 (c reaches it through pool p2); on VM2 only a and b, so c has no VM2 row to mark.
    const t = preset('type2-floating-ip');
    const shared = {
      ...t,
      backendPools: [...t.backendPools, { name: 'p2', members: ['VM1'] }],
      rules: ['a', 'b', 'c'].map((name, i) => ({
        ...t.rules[0]!,
        name,
        frontendPort: 1000 + i,
        floatingIp: false,
        backendPool: name === 'c' ? 'p2' : t.rules[0]!.backendPool,
      })),
    };
    const { rows, diagnostics } = analyze(shared);
    const index = conflictIndex(diagnostics);
    expect(rows.map((r) => `${r.rule} ${r.vm}`).sort()).toEqual(['a VM1', 'a VM2', 'b VM1', 'b VM2', 'c VM1']);
    expect(rows.every((r) => index.has(conflictKey(r.rule, r.vm)))).toBe(true);
    expect(index.get(conflictKey('c', 'VM1'))).toEqual(['RulesUseSameBackendPortProtocolAndIPConfig']);
    expect(index.get(conflictKey('a', 'VM2'))).toEqual(['RulesUseSameBackendPortProtocolAndPool']);
    expect(index.has(conflictKey('c', 'VM2'))).toBe(false);
  });

  it('ignores warnings and diagnostics without both a rule and a VM', () => {
    const index = conflictIndex([
      diagnostic(
        'warning',
        'NoProbe',
        [
          { kind: 'rule', name: 'r' },
          { kind: 'vm', name: 'v' },
        ],
        { key: 'validation.NoProbe' },
        '',
      ),
      diagnostic('error', 'InvalidIpAddress', [{ kind: 'vm', name: 'v' }], { key: 'validation.InvalidIpAddress' }, ''),
    ]);
    expect(index.size).toBe(0);
  });

  it('indexes NAT rule and VM pairs separately from rule ones', () => {
    const diagnostics = [
      diagnostic(
        'error',
        'RulesUseSameBackendPortProtocolAndIPConfig',
        [
          { kind: 'natRule', name: 'n1' },
          { kind: 'rule', name: 'r1' },
          { kind: 'vm', name: 'v' },
        ],
        { key: 'validation.DuplicateName' },
        '',
      ),
    ];
    expect([...conflictIndex(diagnostics, 'natRule').keys()]).toEqual([conflictKey('n1', 'v')]);
    expect([...conflictIndex(diagnostics).keys()]).toEqual([conflictKey('r1', 'v')]);
  });

  it('counts the rows in conflict without building a key per row, even for names with odd characters', () => {
    const conflicts = new Map([
      [conflictKey('r"1', 'VM\u0000A'), []],
      [conflictKey('r2', 'VM2'), []],
    ]);
    const rows = [
      { rule: 'r"1', vm: 'VM\u0000A' },
      { rule: 'r"1', vm: 'VM2' },
      { rule: 'r2', vm: 'VM2' },
      { rule: 'r2', vm: 'VM2' },
      { rule: 'r3', vm: 'VM2' },
    ];
    expect(countConflicted(rows, conflicts)).toBe(3);
    expect(countConflicted(rows, new Map())).toBe(0);
  });
});
