// Format v1 → v2 (issue 19): every v1 topology the generator draws migrates with nothing lost, loads, validates and
// maps exactly as before, and round-trips through save and load.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { v1TopologyArb } from '../testing/arbitraries';
import { analyze } from '../validation/analyze';
import { analyzeTopology } from '../validation/analyzeTopology';
import { lbView, migrateV1, withLb } from './design';
import { loadTopology } from './load';

const RUNS = { numRuns: 120, seed: 19 };
// Property tests over many topologies: generous, as the machine may be busy (no timing is asserted).
const TIMEOUT = 60_000;

/** A diagnostic without the load balancer analyzeTopology tags it and its element refs with. */
function untagged(d: Diagnostic): Diagnostic {
  const { loadBalancer: _lb, ...rest } = d;
  return { ...rest, refs: d.refs.map(({ loadBalancer: _ref, ...ref }) => ref) };
}

/** Saving as the app does (pretty JSON) and loading it back. */
const saveAndLoad = (value: unknown) => loadTopology(`${JSON.stringify(value, null, 2)}\n`);

describe('format v1 → v2', () => {
  it(
    'every v1 topology loads, as v2, exactly as migrateV1 writes it',
    () => {
      fc.assert(
        fc.property(v1TopologyArb, (t) => {
          const loaded = saveAndLoad(t);
          expect(loaded).toEqual({ ok: true, topology: migrateV1(t), migratedFrom: 1 });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'the v2 document validates and round-trips through save and load unchanged',
    () => {
      fc.assert(
        fc.property(v1TopologyArb, (t) => {
          const v2 = migrateV1(t);
          expect(saveAndLoad(v2)).toEqual({ ok: true, topology: v2 });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'the load balancer’s view of the migrated topology is the v1 topology, field for field',
    () => {
      fc.assert(
        fc.property(v1TopologyArb, (t) => {
          expect(lbView(migrateV1(t), 0)).toEqual(t);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'maps and validates exactly as before: the same rows, NAT rows and diagnostics, tagged with the load balancer',
    () => {
      fc.assert(
        fc.property(v1TopologyArb, (t) => {
          const before = analyze(t);
          const after = analyzeTopology(migrateV1(t));
          expect([...after.rows]).toEqual([...before.rows]);
          expect(after.natRows).toEqual(before.natRows);
          expect(after.diagnostics.map(untagged)).toEqual(before.diagnostics);
          for (const d of after.diagnostics) {
            expect(d.loadBalancer).toBe('lb');
            for (const ref of d.refs) expect(ref.loadBalancer).toBe(ref.kind === 'vm' ? undefined : 'lb');
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'writing back an unchanged view gives the very same topology',
    () => {
      fc.assert(
        fc.property(v1TopologyArb, (t) => {
          const v2 = migrateV1(t);
          expect(withLb(v2, 0, lbView(v2, 0))).toBe(v2);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
