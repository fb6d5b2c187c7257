import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHaPorts, isHaPortsFloatingException } from '../model/protocol';
import type { InboundNatRule, Rule, LbTopology } from '../topology/schema';
import { analyze } from './analyze';
import { messageOf } from '../diagnostics/diagnostic';

/** Random valid-shaped topologies with every reference resolvable and many chances to collide. */
const topologyArb: fc.Arbitrary<LbTopology> = fc
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
    vms: Array.from({ length: vmCount }, (_, i) => ({
      name: `vm${i}`,
      os: 'ubuntu' as const,
      nic: { name: 'eth0', ip: `10.0.0.${i + 4}` },
    })),
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
type Ported = Pick<Rule, 'protocol'>;
const overlaps = (a: Ported, b: Ported, pa: number, pb: number) =>
  covers(a.protocol).some((t) => covers(b.protocol).includes(t)) && (pa === 0 || pb === 0 || pa === pb);

describe('properties of analyze', () => {
  it("floating rows deliver to the frontend IP, the others to the member's NIC IP", () => {
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

  it('the (rule, VM) pairs named by backend collisions are exactly those a pairwise oracle finds', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        const { rows, diagnostics } = analyze(t);
        const oracle = new Set<string>();
        for (const a of rows) {
          for (const b of rows) {
            if (a.rule === b.rule || a.vm !== b.vm || a.memberIp !== b.memberIp || a.destinationIp !== b.destinationIp) continue;
            if (!overlaps(a.ruleRef, b.ruleRef, a.destinationPort, b.destinationPort) || isHaPortsFloatingException(a.ruleRef, b.ruleRef))
              continue;
            oracle.add(`${a.rule} ${a.vm}`);
          }
        }
        const named = new Set<string>();
        for (const d of diagnostics.filter((x) => x.code.startsWith('RulesUseSame'))) {
          const rules = d.refs.filter((r) => r.kind === 'rule').map((r) => r.name);
          const vms = d.refs.filter((r) => r.kind === 'vm').map((r) => r.name);
          expect(rules.length, messageOf(d)).toBeGreaterThanOrEqual(2);
          for (const rule of rules) for (const vm of vms) named.add(`${rule} ${vm}`);
        }
        expect([...named].sort()).toEqual([...oracle].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('every rule a backend collision names collides with another rule it names, at a VM it names', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        const { rows, diagnostics } = analyze(t);
        for (const d of diagnostics.filter((x) => x.code.startsWith('RulesUseSame'))) {
          const rules = new Set(d.refs.filter((r) => r.kind === 'rule').map((r) => r.name));
          const vms = new Set(d.refs.filter((r) => r.kind === 'vm').map((r) => r.name));
          const inSet = rows.filter((r) => rules.has(r.rule) && vms.has(r.vm));
          for (const rule of rules) {
            const partner = inSet.some(
              (a) =>
                a.rule === rule &&
                inSet.some(
                  (b) =>
                    b.rule !== rule &&
                    a.vm === b.vm &&
                    a.destinationIp === b.destinationIp &&
                    overlaps(a.ruleRef, b.ruleRef, a.destinationPort, b.destinationPort) &&
                    !isHaPortsFloatingException(a.ruleRef, b.ruleRef),
                ),
            );
            expect(partner, `${rule} in: ${messageOf(d)}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the rules named by frontend conflicts are exactly those a pairwise oracle finds, each with a partner in its set', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        const collide = (a: Rule, b: Rule) =>
          a !== b && a.frontend === b.frontend && overlaps(a, b, a.frontendPort, b.frontendPort) && !isHaPortsFloatingException(a, b);
        const oracle = t.rules.filter((a) => t.rules.some((b) => collide(a, b))).map((r) => r.name);
        const found = analyze(t).diagnostics.filter((d) => d.code === 'FrontendPortConflict');
        const named = new Set<string>();
        for (const d of found) {
          const set = t.rules.filter((r) => d.refs.some((x) => x.kind === 'rule' && x.name === r.name));
          for (const a of set) {
            named.add(a.name);
            expect(
              set.some((b) => collide(a, b)),
              `${a.name} in: ${messageOf(d)}`,
            ).toBe(true);
          }
        }
        expect([...named].sort()).toEqual([...new Set(oracle)].sort());
      }),
      { numRuns: 500 },
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
        pools: fc
          .tuple(...t.backendPools.map((p) => shuffled(p.members)))
          .chain((members) => shuffled(t.backendPools.map((p, i) => ({ ...p, members: members[i]! })))),
      }),
    );
    fc.assert(
      fc.property(withShuffle, ({ t, rules, frontends, vms, pools }) => {
        const again: LbTopology = { ...t, rules, frontends, vms, backendPools: pools };
        expect(analyze(again).diagnostics).toEqual(analyze(t).diagnostics);
      }),
      { numRuns: 300 },
    );
  });
});

/** {@link topologyArb} plus inbound NAT rules on its frontends and VMs, named n0, n1, … apart from the rules' r0, r1, …. */
const withNatArb: fc.Arbitrary<LbTopology> = topologyArb.chain((t) =>
  fc
    .array(
      fc.record({
        fe: fc.nat(),
        vm: fc.nat(),
        protocol: fc.constantFrom('Tcp', 'Udp', 'All'),
        fp: fc.constantFrom(80, 81, 443, 3389),
        bp: fc.constantFrom(80, 81, 443, 3389),
        floatingIp: fc.boolean(),
      }),
      { maxLength: 6 },
    )
    .map((nats) => ({
      ...t,
      inboundNatRules: nats.map((n, i): InboundNatRule => ({
        name: `n${i}`,
        frontend: t.frontends[n.fe % t.frontends.length]!.name,
        protocol: n.protocol,
        frontendPort: n.fp,
        backendPort: n.bp,
        floatingIp: n.floatingIp,
        target: t.vms[n.vm % t.vms.length]!.name,
      })),
    })),
);

describe('properties of analyze with inbound NAT rules', () => {
  it("a NAT rule delivers to its frontend IP when floating, to its target's NIC IP otherwise, on its backend port", () => {
    fc.assert(
      fc.property(withNatArb, (t) => {
        const { natRows } = analyze(t);
        expect(natRows).toHaveLength(t.inboundNatRules!.length);
        for (const row of natRows) {
          expect(row.destinationIp).toBe(row.floatingIp ? row.frontendIp : row.memberIp);
          expect(row.destinationPort).toBe(row.natRuleRef.backendPort);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a NAT rule sharing a delivered destination or a frontend port with another rule is named in an error with it', () => {
    fc.assert(
      fc.property(withNatArb, (t) => {
        const { rows, natRows, diagnostics } = analyze(t);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        const named = (a: string, b: string) => errors.some((d) => d.elements.includes(a) && d.elements.includes(b));
        const deliveries = [
          ...natRows.map((r) => ({ name: r.natRule, rule: r.natRuleRef, vm: r.vm, ip: r.destinationIp, port: r.destinationPort })),
          ...rows.map((r) => ({ name: r.rule, rule: r.ruleRef, vm: r.vm, ip: r.destinationIp, port: r.destinationPort })),
        ];
        for (const a of natRows) {
          for (const b of deliveries) {
            if (b.name === a.natRule || a.vm !== b.vm || a.destinationIp !== b.ip) continue;
            if (!overlaps(a.natRuleRef, b.rule, a.destinationPort, b.port)) continue;
            expect(named(a.natRule, b.name), `${a.natRule} and ${b.name} both deliver to ${a.vm} ${a.destinationIp}`).toBe(true);
          }
        }
        const listeners = [...t.inboundNatRules!, ...t.rules.filter((r) => !isHaPorts(r))];
        for (const a of t.inboundNatRules!) {
          for (const b of listeners) {
            if (b === a || b.frontend !== a.frontend || !overlaps(a, b, a.frontendPort, b.frontendPort)) continue;
            expect(named(a.name, b.name), `${a.name} and ${b.name} share frontend ${a.frontend}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the rules named by NAT backend collisions are exactly those a pairwise oracle finds, each with a partner in its set', () => {
    fc.assert(
      fc.property(withNatArb, (t) => {
        const { rows, natRows, diagnostics } = analyze(t);
        type Delivery = { key: string; nat: boolean; rule: Ported; vm: string; ip: string; port: number };
        const delivery = (key: string, nat: boolean, rule: Ported, r: (typeof rows)[number] | (typeof natRows)[number]): Delivery => ({
          key,
          nat,
          rule,
          vm: r.vm,
          ip: r.destinationIp,
          port: r.destinationPort,
        });
        const deliveries: Delivery[] = [
          ...natRows.map((r) => delivery(`natRule ${r.natRule}`, true, r.natRuleRef, r)),
          ...rows.map((r) => delivery(`rule ${r.rule}`, false, r.ruleRef, r)),
        ];
        const collide = (a: Delivery, b: Delivery) =>
          a.key !== b.key && (a.nat || b.nat) && a.vm === b.vm && a.ip === b.ip && overlaps(a.rule, b.rule, a.port, b.port);
        const oracle = new Set(deliveries.filter((a) => deliveries.some((b) => collide(a, b))).map((a) => `${a.key} ${a.vm}`));
        const named = new Set<string>();
        for (const d of diagnostics.filter((x) => x.refs.some((r) => r.kind === 'natRule') && x.code.startsWith('RulesUseSame'))) {
          const keys = new Set(d.refs.filter((r) => r.kind === 'rule' || r.kind === 'natRule').map((r) => `${r.kind} ${r.name}`));
          const vms = d.refs.filter((r) => r.kind === 'vm').map((r) => r.name);
          expect(vms, messageOf(d)).toHaveLength(1);
          const inSet = deliveries.filter((x) => keys.has(x.key) && x.vm === vms[0]);
          for (const key of keys) {
            named.add(`${key} ${vms[0]}`);
            expect(
              inSet.some((a) => a.key === key && inSet.some((b) => collide(a, b))),
              `${key} in: ${messageOf(d)}`,
            ).toBe(true);
          }
        }
        expect([...named].sort()).toEqual([...oracle].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of NAT rules or rules', () => {
    const withShuffle = withNatArb.chain((t) =>
      fc.record({
        t: fc.constant(t),
        nats: fc.shuffledSubarray(t.inboundNatRules!, { minLength: t.inboundNatRules!.length, maxLength: t.inboundNatRules!.length }),
        rules: fc.shuffledSubarray(t.rules, { minLength: t.rules.length, maxLength: t.rules.length }),
      }),
    );
    fc.assert(
      fc.property(withShuffle, ({ t, nats, rules }) => {
        expect(analyze({ ...t, inboundNatRules: nats, rules }).diagnostics).toEqual(analyze(t).diagnostics);
      }),
      { numRuns: 300 },
    );
  });
});
