import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzzRuns, hostileTopology } from '../../core/testing/hostile';
import { analyze } from '../../core/validation/analyze';
import { conflictIndex, conflictKey } from './conflicts';
import { filterRows, nextSort, sortRows, type SortColumn } from './mappingRows';
import { countBySeverity, filterBySeverity } from './severity';

// Issue 12 item 3: the Mapping and Diagnostics tabs' view models over the core's hostile topologies (fixed seed).

const COLUMNS: readonly SortColumn[] = ['rule', 'frontend', 'vm', 'destination', 'listen', 'floating'];

describe('analysis tab view models (fuzz)', () => {
  it(
    'sorting keeps every row, filtering keeps a subset and finds a row by its VM name',
    () => {
      fc.assert(
        fc.property(hostileTopology(), fc.string(), (t, query) => {
          const { rows } = analyze(t);
          for (const column of COLUMNS) {
            for (const sort of [nextSort(undefined, column), nextSort(nextSort(undefined, column), column)]) {
              const sorted = sortRows(rows, sort);
              expect(new Set(sorted)).toEqual(new Set(rows));
              expect(sorted).toHaveLength(rows.length);
            }
          }
          const found = filterRows(rows, query);
          for (const r of found) expect(rows).toContain(r);
          for (const r of rows) if (!/\s/.test(r.vm)) expect(filterRows(rows, r.vm)).toContain(r);
        }),
        fuzzRuns(150),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'a row is marked in conflict exactly when an error names its rule and its VM',
    () => {
      fc.assert(
        fc.property(hostileTopology(), (t) => {
          const { rows, natRows, diagnostics } = analyze(t);
          const errors = diagnostics.filter((d) => d.severity === 'error');
          const named = (kind: 'rule' | 'natRule', rule: string, vm: string) =>
            errors.some(
              (d) => d.refs.some((r) => r.kind === kind && r.name === rule) && d.refs.some((r) => r.kind === 'vm' && r.name === vm),
            );
          const index = conflictIndex(diagnostics);
          for (const r of rows) expect(index.has(conflictKey(r.rule, r.vm))).toBe(named('rule', r.rule, r.vm));
          const natIndex = conflictIndex(diagnostics, 'natRule');
          for (const r of natRows) expect(natIndex.has(conflictKey(r.natRule, r.vm))).toBe(named('natRule', r.natRule, r.vm));
          const counts = countBySeverity(diagnostics);
          expect(counts.error + counts.warning + counts.info).toBe(diagnostics.length);
          expect(filterBySeverity(diagnostics, 'error')).toHaveLength(counts.error);
        }),
        fuzzRuns(150),
      );
    },
    FUZZ_TIMEOUT,
  );
});
