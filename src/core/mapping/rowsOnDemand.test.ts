import { describe, expect, it } from 'vitest';
import { collidingTopology } from '../../../bench/colliding';
import { indexTopology } from '../model/resolve';
import { PRESET_NAMES, preset } from '../testing/presets';
import { cases } from '../validation/codeCases.testing';
import { natCases } from '../validation/natCodeCases.testing';
import { analyze, validate } from '../validation/analyze';
import { mapRules } from './mapping';
import { rowsOnDemand } from './rowsOnDemand';

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
