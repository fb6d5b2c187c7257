import { describe, expect, it } from 'vitest';
import { preset } from '../../core/testing/presets';
import { analyze } from '../../core/validation/analyze';
import { filterRows, nextSort, sortRows } from './mappingRows';

const rows = analyze(preset('type1-no-port-reuse')).rows;
const pairs = (rs: readonly { rule: string; vm: string }[]) => rs.map((r) => `${r.rule}/${r.vm}`);

describe('mapping rows', () => {
  it('keeps the core order when unsorted', () => {
    expect(sortRows(rows, undefined)).toBe(rows);
  });

  it('sorts by a column in both directions, ties in the core order', () => {
    expect(pairs(sortRows(rows, { column: 'vm', direction: 'ascending' }))).toEqual(['rule1/VM1', 'rule2/VM1', 'rule1/VM2', 'rule2/VM2']);
    expect(pairs(sortRows(rows, { column: 'vm', direction: 'descending' }))).toEqual(['rule1/VM2', 'rule2/VM2', 'rule1/VM1', 'rule2/VM1']);
    expect(pairs(sortRows(rows, { column: 'destination', direction: 'ascending' }))).toEqual([
      'rule1/VM1',
      'rule2/VM1',
      'rule1/VM2',
      'rule2/VM2',
    ]);
  });

  it('compares numbers inside names and addresses numerically', () => {
    const many = [
      { ...rows[0]!, vm: 'VM10' },
      { ...rows[0]!, vm: 'VM2' },
    ];
    expect(sortRows(many, { column: 'vm', direction: 'ascending' }).map((r) => r.vm)).toEqual(['VM2', 'VM10']);
  });

  it('finds cluster and appliance rows by where they listen', () => {
    const withHolder = (frontendIpHolder: 'cluster-windows' | 'appliance') => {
      const t = preset('type2-floating-ip');
      return analyze({ ...t, backendPools: t.backendPools.map((p) => ({ ...p, frontendIpHolder })) }).rows;
    };
    expect(filterRows(withHolder('cluster-windows'), 'active node')).toHaveLength(withHolder('cluster-windows').length);
    expect(filterRows(withHolder('cluster-windows'), 'loopback')).toHaveLength(0);
    expect(filterRows(withHolder('appliance'), 'forwarded')).toHaveLength(withHolder('appliance').length);
  });

  it('cycles ascending, descending, unsorted, and restarts on another column', () => {
    const a = nextSort(undefined, 'rule');
    expect(a).toEqual({ column: 'rule', direction: 'ascending' });
    const d = nextSort(a, 'rule');
    expect(d).toEqual({ column: 'rule', direction: 'descending' });
    expect(nextSort(d, 'rule')).toBeUndefined();
    expect(nextSort(d, 'vm')).toEqual({ column: 'vm', direction: 'ascending' });
  });

  it('filters on every word, case-insensitively, over what the table shows', () => {
    expect(filterRows(rows, '')).toBe(rows);
    expect(pairs(filterRows(rows, 'vm1'))).toEqual(['rule1/VM1', 'rule2/VM1']);
    expect(pairs(filterRows(rows, 'RULE2 10.0.0.5:81'))).toEqual(['rule2/VM2']);
    expect(filterRows(rows, 'loopback')).toHaveLength(0);
    expect(filterRows(rows, 'nothing-like-this')).toHaveLength(0);
  });
});
