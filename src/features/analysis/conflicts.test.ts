import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/diagnostics/diagnostic';
import { preset } from '../../core/testing/presets';
import { analyze } from '../../core/validation/analyze';
import { conflictIndex, conflictKey } from './conflicts';

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

  it('ignores warnings and diagnostics without both a rule and a VM', () => {
    const index = conflictIndex([
      { severity: 'warning', code: 'NoProbe', message: '', messageKey: 'NoProbe', params: {}, elements: [], refs: [{ kind: 'rule', name: 'r' }, { kind: 'vm', name: 'v' }], source: '' },
      { severity: 'error', code: 'InvalidIpAddress', message: '', messageKey: 'InvalidIpAddress', params: {}, elements: [], refs: [{ kind: 'vm', name: 'v' }], source: '' },
    ]);
    expect(index.size).toBe(0);
  });

  it('indexes NAT rule and VM pairs separately from rule ones', () => {
    const diagnostics: Diagnostic[] = [{
      severity: 'error', code: 'RulesUseSameBackendPortProtocolAndIPConfig', message: '', messageKey: 'DuplicateName', params: {}, elements: [],
      refs: [{ kind: 'natRule', name: 'n1' }, { kind: 'rule', name: 'r1' }, { kind: 'vm', name: 'v' }], source: '',
    }];
    expect([...conflictIndex(diagnostics, 'natRule').keys()]).toEqual([conflictKey('n1', 'v')]);
    expect([...conflictIndex(diagnostics).keys()]).toEqual([conflictKey('r1', 'v')]);
  });
});
