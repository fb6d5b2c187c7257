import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHaPortsFloatingException } from '../model/protocol';
import type { Rule, Topology } from '../topology/schema';
import { analyze } from './analyze';

/** Random valid-shaped topologies with every reference resolvable and many chances to collide. */
const topologyArb: fc.Arbitrary<Topology> = fc
  .record({
    internal: fc.boolean(),
    feCount: fc.integer({ min: 1, max: 4 }),
    vmCount: fc.integer({ min: 1, max: 5 }),
    pools: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 5 }), { minLength: 1, maxLength: 3 }),
    rules: fc.array(
      fc.record({
        fe: fc.nat(),
        pool: fc.nat(),
        protocol: fc.constantFrom('Tcp', 'Udp', 'All'),
        fp: fc.constantFrom(0, 80, 81, 443),
        bp: fc.constantFrom(0, 80, 81, 443),
        floatingIp: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ internal, feCount, vmCount, pools, rules }) => ({
    version: 1 as const,
    name: 'random',
    loadBalancer: { name: 'lb', sku: 'Standard' as const, type: internal ? ('Internal' as const) : ('Public' as const) },
    frontends: Array.from({ length: feCount }, (_, i) => ({ name: `fe${i}`, ip: `203.0.113.${i + 1}` })),
    vms: Array.from({ length: vmCount }, (_, i) => ({ name: `vm${i}`, os: 'ubuntu' as const, nic: { name: 'eth0', ip: `10.0.0.${i + 4}` } })),
    backendPools: pools.map((members, i) => ({ name: `pool${i}`, members: members.filter((m) => m < vmCount).map((m) => `vm${m}`) })),
    probes: [{ name: 'p', protocol: 'Tcp', port: 8080 }],
    rules: rules.map((r, i): Rule => ({
      name: `r${i}`,
      frontend: `fe${r.fe % feCount}`,
      backendPool: `pool${r.pool % pools.length}`,
      protocol: r.protocol,
      frontendPort: r.protocol === 'All' ? 0 : r.fp,
      backendPort: r.protocol === 'All' ? 0 : r.bp,
      floatingIp: r.floatingIp,
      probe: 'p',
    })),
  }));

// The oracle's own idea of overlap, independent of the code under test.
const covers = (p: string) => (p === 'All' ? ['Tcp', 'Udp'] : [p]);
const overlaps = (a: Rule, b: Rule, pa: number, pb: number) =>
  covers(a.protocol).some((t) => covers(b.protocol).includes(t)) && (pa === 0 || pb === 0 || pa === pb);

describe('properties of analyze', () => {
  it('floating rows deliver to the frontend IP, the others to the member\'s NIC IP', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        for (const row of analyze(t).rows) {
          expect(row.destinationIp).toBe(row.floatingIp ? row.frontendIp : row.memberIp);
          expect(row.destinationPort).toBe(t.rules.find((r) => r.name === row.rule)!.backendPort);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('two rows share a delivered destination only if an error names both rules, or the HA-ports floating exception applies', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        const { rows, diagnostics } = analyze(t);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        for (let i = 0; i < rows.length; i++) {
          for (let j = i + 1; j < rows.length; j++) {
            const a = rows[i]!;
            const b = rows[j]!;
            if (a.rule === b.rule || a.vm !== b.vm || a.destinationIp !== b.destinationIp) continue;
            if (!overlaps(a.ruleRef, b.ruleRef, a.destinationPort, b.destinationPort)) continue;
            if (isHaPortsFloatingException(a.ruleRef, b.ruleRef)) continue;
            const named = errors.some((d) => d.elements.includes(a.rule) && d.elements.includes(b.rule));
            expect(named, `${a.rule} and ${b.rule} both deliver to ${a.vm} ${a.destinationIp}:${a.destinationPort}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports no backend collision that a brute-force check does not find', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        const { rows, diagnostics } = analyze(t);
        for (const d of diagnostics.filter((x) => x.code.startsWith('RulesUseSame'))) {
          const [ra, rb] = d.elements;
          const real = rows.some((a) => rows.some((b) =>
            a.rule === ra && b.rule === rb && a.vm === b.vm && a.destinationIp === b.destinationIp &&
            overlaps(a.ruleRef, b.ruleRef, a.destinationPort, b.destinationPort)));
          expect(real, d.message).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of rules, frontends, pools, members or VMs', () => {
    const shuffled = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });
    const withShuffle = topologyArb.chain((t) =>
      fc.record({
        t: fc.constant(t),
        rules: shuffled(t.rules),
        frontends: shuffled(t.frontends),
        vms: shuffled(t.vms),
        pools: fc.tuple(...t.backendPools.map((p) => shuffled(p.members))).chain((members) =>
          shuffled(t.backendPools.map((p, i) => ({ ...p, members: members[i]! })))),
      }),
    );
    fc.assert(
      fc.property(withShuffle, ({ t, rules, frontends, vms, pools }) => {
        const again: Topology = { ...t, rules, frontends, vms, backendPools: pools };
        expect(analyze(again).diagnostics).toEqual(analyze(t).diagnostics);
      }),
      { numRuns: 300 },
    );
  });
});
