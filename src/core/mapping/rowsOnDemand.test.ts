import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collidingTopology } from '../../../bench/colliding';
import { indexTopology } from '../model/resolve';
import { FUZZ_TIMEOUT, fuzzRuns, hostileTopology } from '../testing/hostile';
import { PRESET_NAMES, preset } from '../testing/presets';
import { cases } from '../validation/codeCases.testing';
import { natCases } from '../validation/natCodeCases.testing';
import { analyze, validate } from '../validation/analyze';
import type { LbTopology } from '../topology/schema';
import { computeMapping, mapRules, publicRow } from './mapping';
import { rowsOnDemand, runsOf } from './rowsOnDemand';

/** The rows as analyze built them before it built them on demand: every row at once, in mapRules. */
const eagerRows = (t: LbTopology) => mapRules(t, indexTopology(t)).rows;

describe('analyze: rows on demand are the rows mapRules builds', () => {
  it(
    'reads, iterates, maps and prints as the eager rows, for random hostile topologies',
    () => {
      let mapped = 0;
      fc.assert(
        fc.property(
          hostileTopology(),
          fc.boolean(),
          fc.integer({ min: -6, max: 6 }),
          fc.option(fc.integer({ min: -6, max: 6 })),
          (t, indexFirst, a, b) => {
            const eager = eagerRows(t);
            const { rows } = analyze(t);
            // A page read first builds only its rows: the very objects every later read gives.
            const page = rows.slice(a, b ?? undefined);
            expect(page).toEqual(eager.slice(a, b ?? undefined));
            expect(rows.length).toBe(eager.length);
            if (eager.length > 1) mapped++;
            // Rows read one by one before an array method, or after it, are the same objects the method sees.
            const byIndex = indexFirst ? Array.from({ length: rows.length }, (_, i) => rows[i]!) : undefined;
            const spread = [...rows];
            expect(spread).toEqual(eager);
            expect(byIndex ?? Array.from({ length: rows.length }, (_, i) => rows[i]!)).toEqual(spread);
            spread.forEach((row, i) => expect(rows[i]).toBe(row));
            const again = spread.slice(a, b ?? undefined);
            page.forEach((row, i) => expect(row).toBe(again[i]));
            expect(JSON.stringify(rows.map(publicRow))).toBe(JSON.stringify(eager.map(publicRow)));
            expect(rows.filter((r) => r.floatingIp).length).toBe(eager.filter((r) => r.floatingIp).length);
            expect(computeMapping(t)).toEqual(eager);
          },
        ),
        fuzzRuns(150),
      );
      expect(mapped).toBeGreaterThan(30);
    },
    FUZZ_TIMEOUT,
  );

  it('keeps only the rule runs until a row is read; each run names its rule and its rows', () => {
    const t = collidingTopology(true, 30, 7);
    const { rows } = analyze(t);
    const runs = runsOf(rows)!;
    expect(runs.map((r) => r.rule)).toEqual(t.rules);
    expect(runs.map((r) => [r.start, r.end])).toEqual(t.rules.map((_, i) => [i * 7, i * 7 + 7]));
    expect(runsOf(eagerRows(t))).toBeUndefined();
    expect(rows[runs[3]!.start]).toMatchObject({ rule: 'rule3', vm: 'vm0', ruleRef: t.rules[3] });
    expect(rows).toEqual(eagerRows(t));
  });

  it('is read-only, like the array it stands for', () => {
    const { rows } = analyze(preset(PRESET_NAMES[0]!));
    expect(() => ((rows as unknown as unknown[])[0] = 1)).toThrow(TypeError);
    expect(Array.isArray(rows) && rows.length > 0).toBe(true);
  });
});

describe('rowsOnDemand', () => {
  it('reads as the rows mapRules builds: same length, same rows, the same object on a second read', () => {
    for (const name of PRESET_NAMES) {
      const t = preset(name);
      const index = indexTopology(t);
      const { rows } = mapRules(t, index);
      const lazy = rowsOnDemand(index, mapRules(t, index, false).runs);
      expect(lazy.length, name).toBe(rows.length);
      expect(
        lazy.map((r) => r),
        name,
      ).toEqual(rows);
      if (rows.length) {
        expect(lazy[rows.length - 1]).toBe(lazy[rows.length - 1]);
        expect(0 in lazy && !(rows.length in lazy)).toBe(true);
      }
      expect(lazy[rows.length]).toBeUndefined();
    }
  });
  it('mapRules without rows gives the same runs and no rows', () => {
    const t = collidingTopology(true, 30, 7);
    const index = indexTopology(t);
    const runs = mapRules(t, index, false);
    expect(runs.rows).toEqual([]);
    expect(runs.runs).toEqual(mapRules(t, index).runs);
  });
});

describe('validate (no mapping rows)', () => {
  it('gives exactly the diagnostics of analyze, for every code case, NAT case, preset and colliding shape', () => {
    const topologies = [
      ...Object.values(cases).flatMap((c) => [c.bad, c.good]),
      ...natCases.flatMap((c) => [c.bad, c.good]),
      ...PRESET_NAMES.map(preset),
      collidingTopology(false, 40, 9),
      collidingTopology(true, 40, 9),
    ];
    for (const t of topologies) expect(validate(t)).toEqual(analyze(t).diagnostics);
    expect(topologies.filter((t) => validate(t).some((d) => /Conflict|Colliding|Overlap/i.test(d.code))).length).toBeGreaterThan(3);
  }, 120_000);
});
