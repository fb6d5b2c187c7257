// `script --all` (eachScript) plans VMs from the rule runs and reuses the blocks that VMs with the same loopback
// addresses share; it must give exactly what generateScript gives each VM on its own (the straightforward path:
// the whole mapping, nothing shared). Random topologies mix pools that share members, both IP families, floating
// IP on and off, HA ports, probes, NAT rules, frontend IP holders and a label and prefixes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FrontendIpHolder, Rule, LbTopology } from '../topology/schema';
import { eachScript, generateScript } from './generate';
import { defaultFlavor, FLAVORS, type Flavor } from './types';

const HOLDERS: (FrontendIpHolder | undefined)[] = [undefined, undefined, 'cluster-pacemaker', 'cluster-windows', 'appliance'];

const topologyArb = fc
  .record({
    vmCount: fc.integer({ min: 1, max: 7 }),
    frontends: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    pools: fc.array(
      fc.record({ members: fc.uniqueArray(fc.nat(6), { minLength: 1, maxLength: 5 }), holder: fc.constantFrom(...HOLDERS) }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    rules: fc.array(
      fc.record({
        frontend: fc.nat(3),
        pool: fc.nat(2),
        protocol: fc.constantFrom('Tcp', 'Udp', 'All'),
        port: fc.integer({ min: 1, max: 4 }),
        floatingIp: fc.boolean(),
        probe: fc.constantFrom(undefined, 'p1', 'p2'),
      }),
      { minLength: 0, maxLength: 8 },
    ),
    nat: fc.array(fc.record({ target: fc.nat(6), floatingIp: fc.boolean(), frontend: fc.nat(3) }), { maxLength: 2 }),
    oses: fc.array(fc.constantFrom('ubuntu', 'rhel', 'windows', 'suse'), { minLength: 7, maxLength: 7 }),
    // A NIC IP that is also a frontend IP: its plan must not be derived from another VM's (planTemplate.ts).
    nicIsFrontend: fc.boolean(),
  })
  .map(({ vmCount, frontends, pools, rules, nat, oses, nicIsFrontend }): LbTopology => {
    const vmName = (n: number) => `vm${n % vmCount}`;
    const feName = (n: number) => `fe${n % frontends.length}`;
    return {
      version: 1,
      name: 'random',
      loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
      frontends: frontends.map((v6, i) => ({ name: `fe${i}`, ip: v6 ? `fd00::${i + 10}` : `10.1.0.${i + 10}` })),
      backendPools: pools.map((p, i) => ({
        name: `pool${i}`,
        members: [...new Set(p.members.map(vmName))],
        ...(p.holder ? { frontendIpHolder: p.holder } : {}),
      })),
      probes: [
        { name: 'p1', protocol: 'Tcp', port: 8080 },
        { name: 'p2', protocol: 'Http', port: 8081, path: '/' },
      ],
      rules: rules.map((r, i): Rule => ({
        name: `rule${i}`,
        frontend: feName(r.frontend),
        backendPool: `pool${r.pool % pools.length}`,
        protocol: r.protocol,
        frontendPort: r.protocol === 'All' ? 0 : 1000 + r.port,
        backendPort: r.protocol === 'All' ? 0 : 2000 + r.port,
        floatingIp: r.floatingIp,
        ...(r.probe ? { probe: r.probe } : {}),
      })),
      inboundNatRules: nat.map((n, i) => ({
        name: `nat${i}`,
        frontend: feName(n.frontend),
        protocol: 'Tcp',
        frontendPort: 50000 + i,
        backendPort: 22,
        target: vmName(n.target),
        floatingIp: n.floatingIp,
      })),
      vms: Array.from({ length: vmCount }, (_, n) => ({
        name: `vm${n}`,
        os: oses[n]!,
        nic: { name: oses[n] === 'windows' ? 'Ethernet' : 'eth0', ip: nicIsFrontend && n === 1 ? '10.1.0.10' : `10.0.0.${n + 4}` },
      })),
    } as LbTopology;
  });

const optionsArb = fc.record({
  flavor: fc.constantFrom<Flavor | undefined>(undefined, ...FLAVORS),
  label: fc.constantFrom(undefined, 'lo:fp'),
  prefix4: fc.constantFrom(undefined, 32, 24),
  prefix6: fc.constantFrom(undefined, 128, 64),
  persist: fc.boolean(),
  docExact: fc.boolean(),
});

describe('eachScript', () => {
  it('gives every VM exactly the script and rollback generateScript gives it alone', () => {
    fc.assert(
      fc.property(topologyArb, optionsArb, (t, o) => {
        const options = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
        const all = [...eachScript(t, options)];
        const one = t.vms.flatMap((vm) =>
          [false, true].map((rollback) => generateScript(t, vm.name, { ...options, flavor: o.flavor ?? defaultFlavor(vm.os), rollback })),
        );
        expect(all).toEqual(one);
      }),
      { numRuns: 100 },
    );
    // Generous: the machine that runs the suite may be shared.
  }, 60_000);
});
