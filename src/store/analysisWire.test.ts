import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { natRule, rule, topology, vm } from '../core/testing/builders';
import { EXAMPLE_NAMES, presetTopology } from '../core/testing/presets';
import { inLb, lbView, migrateV1 } from '../core/topology/design';
import type { LbTopology, Topology } from '../core/topology/schema';
import { analyzeTopology, type TopologyAnalysis } from '../core/validation/analyzeTopology';
import { decodeAnalysis, encodeAnalysis, wireBuffers, type AnalysisWire } from './analysisWire';

/** What crosses postMessage: a structured clone, as a browser makes it. */
const overTheWire = (t: Topology): AnalysisWire => {
  const wire = encodeAnalysis(t, analyzeTopology(t));
  return structuredClone(wire, { transfer: wireBuffers(wire) });
};

const decodeAll = (t: Topology, wire: AnalysisWire, slice = 3): TopologyAnalysis => {
  const decoder = decodeAnalysis(t, wire);
  for (;;) {
    const done = decoder.step(slice);
    if (done) return done;
  }
};

/** A topology with several addresses per VM, IPv6, ipconfig members, NAT rules and references that do not resolve. */
const arbitraryTopology = fc
  .record({
    rules: fc.array(
      fc.record({
        fe: fc.integer({ min: 0, max: 2 }),
        pool: fc.integer({ min: 0, max: 2 }),
        port: fc.integer({ min: 0, max: 3 }),
        floating: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    members: fc.array(
      fc.array(
        fc.oneof(
          fc.integer({ min: 0, max: 4 }),
          fc.record({ vm: fc.integer({ min: 0, max: 4 }), ip: fc.constantFrom('10.0.0.4', '10.0.1.4', 'fd00::4') }),
        ),
        { maxLength: 5 },
      ),
      { minLength: 2, maxLength: 2 },
    ),
    nats: fc.array(fc.record({ fe: fc.integer({ min: 0, max: 2 }), target: fc.integer({ min: 0, max: 5 }), floating: fc.boolean() }), {
      maxLength: 4,
    }),
  })
  .map(({ rules, members, nats }): Topology => {
    const member = (m: number | { vm: number; ip: string }) => (typeof m === 'number' ? `VM${m}` : { vm: `VM${m.vm}`, ip: m.ip });
    return migrateV1(
      topology({
        frontends: [
          { name: 'FE0', ip: '203.0.113.1' },
          { name: 'FE1', ip: '2001:db8::1' },
          { name: 'FE2', ip: 'not an address' },
        ],
        backendPools: members.map((list, p) => ({ name: `pool${p}`, members: list.map(member) })),
        rules: rules.map((r, i) =>
          rule(`r${i}`, {
            frontend: `FE${r.fe}`,
            backendPool: `pool${r.pool}`,
            frontendPort: 80 + r.port,
            backendPort: 80 + r.port,
            floatingIp: r.floating,
          }),
        ),
        inboundNatRules: nats.map((n, i) =>
          natRule(`n${i}`, { frontend: `FE${n.fe}`, target: `VM${n.target}`, frontendPort: 5000 + i, floatingIp: n.floating }),
        ),
        vms: [0, 1, 2, 3, 4].map((i) =>
          vm(`VM${i}`, `10.0.${i}.4`, { nic: { name: 'eth0', ip: `10.0.${i}.4`, secondaryIps: ['10.0.1.4', 'fd00::4'] } }),
        ),
      }),
    );
  });

/** Two or three of those load balancers over one list of VMs (the first one's), under their own names. */
const arbitraryDesign = fc
  .array(arbitraryTopology, { minLength: 2, maxLength: 3 })
  .map((ts): Topology => ({ ...ts[0]!, loadBalancers: ts.map((t, i) => ({ ...t.loadBalancers[0]!, name: `lb${i}` })) }));

/** Every row's and NAT row's element is the page's own object of the load balancer the row belongs to. */
function expectOwnObjects(t: Topology, analysis: TopologyAnalysis): void {
  for (const [i, part] of analysis.parts.entries()) {
    const view = lbView(t, i);
    part.analysis.rows.forEach((row) => {
      expect(view.rules).toContain(row.ruleRef);
      expect(t.vms).toContain(row.config.vm);
    });
    part.analysis.natRows.forEach((row) => expect(view.inboundNatRules).toContain(row.natRuleRef));
  }
}

describe('analysis wire', () => {
  it('rebuilds, slice by slice, exactly what analyze gives, with the rows pointing at the page’s own topology objects', () => {
    const cases = [...EXAMPLE_NAMES.map(presetTopology), migrateV1(topology({ inboundNatRules: [natRule('rdp')] }))];
    fc.assert(
      fc.property(fc.oneof(arbitraryTopology, arbitraryDesign), (t) => void cases.push(t)),
      { numRuns: 80, seed: 12 },
    );
    for (const t of cases) {
      const rebuilt = decodeAll(t, overTheWire(t));
      expect(rebuilt).toEqual(analyzeTopology(t));
      expectOwnObjects(t, rebuilt);
    }
  });

  it('refuses an answer about a topology with another number of load balancers', () => {
    const design = fc.sample(arbitraryDesign, { numRuns: 1, seed: 3 })[0]!;
    const one = { ...design, loadBalancers: design.loadBalancers.slice(0, 1) };
    expect(() => decodeAnalysis(one, overTheWire(design))).toThrow(/another topology/);
  });

  it('hands the rows over as transferable arrays, not as objects', () => {
    const t = migrateV1(topology({ rules: [rule('a'), rule('b', { frontendPort: 81 })] }));
    const wire = encodeAnalysis(t, analyzeTopology(t));
    expect(Array.from(wire.parts[0]!.rowRules)).toEqual([0, 0, 1, 1]);
    expect(wireBuffers(wire)).toHaveLength(4);
    expect(Object.keys(wire.parts[0]!).sort()).toEqual(['diagnostics', 'loadBalancer', 'natConfigs', 'natRules', 'rowConfigs', 'rowRules']);
  });

  it('returns nothing until the last slice is rebuilt', () => {
    const t = migrateV1(topology({ rules: [rule('a'), rule('b', { frontendPort: 81 })] }));
    const decoder = decodeAnalysis(t, overTheWire(t));
    expect(decoder.step(3)).toBeUndefined();
    expect(decoder.step(3)?.rows).toHaveLength(4);
  });

  it('spends one slice’s budget across load balancers: 4 + 4 rows in slices of 3 take three steps', () => {
    const one = migrateV1(topology({ rules: [rule('a'), rule('b', { frontendPort: 81 })] }));
    const t = { ...one, loadBalancers: [one.loadBalancers[0]!, { ...one.loadBalancers[0]!, name: 'second' }] };
    const decoder = decodeAnalysis(t, overTheWire(t));
    expect(decoder.step(3)).toBeUndefined();
    expect(decoder.step(3)).toBeUndefined();
    const done = decoder.step(3)!;
    expect(done.rows).toHaveLength(8);
    expect(done.parts.map((p) => p.rowStart)).toEqual([0, 4]);
  });

  it('after an edit of one load balancer, rebuilds only its rows and keeps the others’ decoded analyses', () => {
    const one = migrateV1(topology({ rules: [rule('a'), rule('b', { frontendPort: 81 })] }));
    const t = { ...one, loadBalancers: [one.loadBalancers[0]!, { ...one.loadBalancers[0]!, name: 'second' }] };
    const before = decodeAll(t, overTheWire(t));
    const next = inLb('second', (v) => ({ ...v, rules: v.rules.map((r) => ({ ...r, floatingIp: !r.floatingIp })) }))(t);
    const decoder = decodeAnalysis(next, overTheWire(next));
    // The first load balancer's 4 rows are not rebuilt: a budget of 4 covers the edited one's.
    const after = decoder.step(4)!;
    expect(after.parts[0]!.analysis).toBe(before.parts[0]!.analysis);
    expect(after.parts[1]!.analysis).not.toBe(before.parts[1]!.analysis);
    expect(after).toEqual(analyzeTopology(next));
    expectOwnObjects(next, after);
  });

  it('decodes a run of edits as analyze does, sharing parsed VMs only while they are the same objects', () => {
    const base = fc.sample(arbitraryTopology, { numRuns: 30, seed: 7 }).map((t) => lbView(t, 0));
    for (const t of base) {
      // Each step edits one collection, so the previous decode's index is reused for some and rebuilt for others.
      const steps: LbTopology[] = [t];
      const edit = (f: (x: LbTopology) => LbTopology) => steps.push(f(steps[steps.length - 1]!));
      edit((x) => ({ ...x, rules: x.rules.map((r, i) => (i === 0 ? { ...r, floatingIp: !r.floatingIp } : r)) }));
      edit((x) => ({ ...x, backendPools: x.backendPools.map((p, i) => (i === 0 ? { ...p, members: p.members.slice(1) } : p)) }));
      edit((x) => ({ ...x, probes: [] }));
      edit((x) => ({ ...x, vms: x.vms.slice(1) }));
      edit((x) => ({ ...x, frontends: x.frontends.map((f) => (f.name === 'FE2' ? { ...f, ip: '198.51.100.7' } : f)) }));
      edit((x) => ({ ...x, rules: [...x.rules].reverse() }));
      for (const s of steps.map(migrateV1)) {
        const rebuilt = decodeAll(s, overTheWire(s));
        expect(rebuilt).toEqual(analyzeTopology(s));
        rebuilt.rows.forEach((row) => expect(s.vms).toContain(row.config.vm));
      }
    }
  });
});
