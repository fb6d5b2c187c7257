// Export → import gives back the same topology. Terraform cannot carry everything; `normalise` applies
// exactly that to the original (docs/import.md, "Terraform: round trip"), and nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { natRuleFields, resetField, ruleFields } from '../roundTrip.testing';
import { exportTopology } from '../../export/export';
import { natTopology, unconnectedNatRule } from '../../export/natRules.testing';
import { PRESET_NAMES, preset } from '../../testing/presets';
import { exportedNatRules, exportedProbe, exportedRules, natRuleFrom, ruleFrom } from '../../testing/roundTrip';
import { FRONTEND_IP_HOLDERS, type InboundNatRule, type PoolMember, type Probe, type LbTopology, type Vm } from '../../topology/schema';
import type { ImportDiagnostic } from '../types';
import { importDefinition } from '../importDefinition';
import { errorOf } from '../text';
import { lbView, migrateV1 } from '../../topology/design';

// The first import in a worker starts the wasm parser (seconds on a busy 2-core machine).
const TIMEOUT = 60_000;

/** What the Terraform export cannot or does not carry, applied to the original. */
function normalise(t: LbTopology): LbTopology {
  // A member is written as a NIC association; one naming a missing VM or an address the VM lacks cannot be.
  const member = (m: PoolMember): PoolMember | undefined => {
    const vm = t.vms.find((v) => v.name === (typeof m === 'string' ? m : m.vm));
    if (!vm) return undefined;
    if (typeof m === 'string' || m.ip === vm.nic.ip) return vm.name;
    return vm.nic.secondaryIps?.includes(m.ip) ? m : undefined;
  };
  return {
    version: 1,
    name: t.name,
    ...(t.description !== undefined ? { description: t.description } : {}),
    // Always Standard; without frontends nothing in Terraform says Public or Internal, and the import says Public.
    loadBalancer: { ...t.loadBalancer, sku: 'Standard', type: t.frontends.length === 0 ? 'Public' : t.loadBalancer.type },
    frontends: t.frontends,
    // The holder travels in local.floatplan_pool_holders; an explicit every-member is the default, left out.
    backendPools: t.backendPools.map((p) => ({
      name: p.name,
      members: p.members.map(member).filter((m) => m !== undefined),
      ...(p.frontendIpHolder !== undefined && p.frontendIpHolder !== 'every-member' ? { frontendIpHolder: p.frontendIpHolder } : {}),
    })),
    probes: t.probes.map(exportedProbe),
    rules: exportedRules(t),
    // A NAT target is a NIC association too, so it comes back like a pool member (or not at all).
    ...(exportedNatRules(t).length > 0
      ? {
          inboundNatRules: exportedNatRules(t).map(({ target, ...n }): InboundNatRule => {
            const m = target === undefined ? undefined : member(target);
            return { ...n, ...(m !== undefined ? { target: m } : {}) };
          }),
        }
      : {}),
    // natGateway false and an empty secondaryIps list say nothing more than leaving them out.
    vms: t.vms.map(({ natGateway, nic, ...vm }): Vm => ({
      ...vm,
      nic: { name: nic.name, ip: nic.ip, ...(nic.secondaryIps?.length ? { secondaryIps: nic.secondaryIps } : {}) },
      ...(natGateway ? { natGateway } : {}),
    })),
  };
}

/** Anything but the infos an export always causes (subnet ids the export asks for as variables, empty pools). */
const unexpected = (diagnostics: ImportDiagnostic[]) => diagnostics.filter((d) => d.severity !== 'info');

async function roundTrip(t: LbTopology) {
  // Through the entry point the CLI and the app use, so format detection is part of the round trip.
  const r = await importDefinition(exportTopology(t, 'terraform').text);
  if (!r.ok) throw new Error(errorOf(r));
  expect(r.format).toBe('terraform');
  return r;
}

describe('Terraform round trip', { timeout: TIMEOUT }, () => {
  it.each(PRESET_NAMES)('preset %s comes back the same, with no warning', async (name) => {
    const t = preset(name);
    const r = await roundTrip(t);
    expect(r.topology).toEqual(migrateV1(normalise(t)));
    expect(unexpected(r.diagnostics)).toEqual([]);
  });

  it('hostile names, IPv6, secondary ipconfigs, a Basic SKU and members the export cannot write', async () => {
    const t: LbTopology = {
      version: 1,
      name: 'a "${quoted}" %{x} \\ name\nwith a newline',
      description: 'é ü 日本',
      loadBalancer: { name: 'lb ${x}', sku: 'Basic', type: 'Internal' },
      frontends: [
        { name: 'fe "one"', ip: '10.0.0.100' },
        { name: 'fe6', ip: 'fd00::10' },
      ],
      backendPools: [
        {
          name: 'pool $${a}',
          members: ['vm (1)', { vm: 'vm2', ip: '10.0.0.21' }, { vm: 'vm2', ip: '10.0.0.20' }, 'ghost', { vm: 'vm2', ip: '10.9.9.9' }],
        },
      ],
      probes: [
        { name: 'http', protocol: 'Http', port: 8080 },
        { name: 'tcp', protocol: 'Tcp', port: 59999, intervalInSeconds: 5, probeThreshold: 2 },
      ],
      rules: [
        {
          name: 'r1',
          frontend: 'fe "one"',
          backendPool: 'pool $${a}',
          protocol: 'All',
          frontendPort: 0,
          backendPort: 0,
          floatingIp: true,
          probe: 'http',
          enableTcpReset: true,
          idleTimeoutMinutes: 30,
          loadDistribution: 'SourceIP',
          disableOutboundSnat: true,
        },
        {
          name: 'dangling',
          frontend: 'nope',
          backendPool: 'pool $${a}',
          protocol: 'Tcp',
          frontendPort: 80,
          backendPort: 80,
          floatingIp: false,
        },
        {
          name: 'no probe',
          frontend: 'fe6',
          backendPool: 'pool $${a}',
          protocol: 'Udp',
          frontendPort: 53,
          backendPort: 5353,
          floatingIp: false,
          probe: 'gone',
        },
      ],
      vms: [
        { name: 'vm (1)', os: 'suse', nic: { name: 'eth0', ip: '10.0.0.10', secondaryIps: [] }, natGateway: false },
        {
          name: 'vm2',
          os: 'windows',
          nic: { name: 'Ethernet 2', ip: '10.0.0.20', secondaryIps: ['10.0.0.21', 'fd00::21'] },
          natGateway: true,
        },
      ],
      layout: { vm2: { x: 1, y: 2 } },
    };
    const r = await roundTrip(t);
    expect(r.topology).toEqual(migrateV1(normalise(t)));
    // Spelled out, so the normalisation itself is checked: the two members the export cannot write are gone.
    expect(lbView(r.topology).backendPools[0]!.members).toEqual(['vm (1)', { vm: 'vm2', ip: '10.0.0.21' }, 'vm2']);
    expect(r.topology.name).toBe(t.name);
    expect(unexpected(r.diagnostics)).toEqual([]);
  });

  it('names that are also JavaScript object keys (__proto__, constructor, toString)', async () => {
    const t: LbTopology = {
      version: 1,
      name: '__proto__',
      loadBalancer: { name: 'constructor', sku: 'Standard', type: 'Public' },
      frontends: [
        { name: '__proto__', ip: '203.0.113.7' },
        { name: 'constructor', ip: '203.0.113.8' },
      ],
      backendPools: [{ name: 'toString', members: ['__proto__', 'constructor'] }],
      probes: [{ name: 'hasOwnProperty', protocol: 'Tcp', port: 80 }],
      rules: [
        {
          name: 'valueOf',
          frontend: 'constructor',
          backendPool: 'toString',
          protocol: 'Tcp',
          frontendPort: 80,
          backendPort: 80,
          floatingIp: true,
          probe: 'hasOwnProperty',
        },
      ],
      vms: [
        { name: '__proto__', os: 'ubuntu', nic: { name: 'constructor', ip: '10.0.0.4' } },
        { name: 'constructor', os: 'windows', nic: { name: 'Ethernet', ip: '10.0.0.5' } },
      ],
    };
    const r = await roundTrip(t);
    expect(r.topology).toEqual(migrateV1(normalise(t)));
    expect(unexpected(r.diagnostics)).toEqual([]);
  });

  it('inbound NAT rules: NIC associations (a secondary ipconfig included), no target, no frontend, targets the export cannot write', async () => {
    const base = natTopology();
    const t: LbTopology = {
      ...base,
      inboundNatRules: [
        { ...base.inboundNatRules![0]!, name: 'sql "${listener}"' },
        { ...base.inboundNatRules![1]!, target: { vm: 'VM1', ip: '10.0.0.4' } },
        unconnectedNatRule,
        { ...unconnectedNatRule, name: 'unwired', frontend: '', target: 'VM1' },
        { ...unconnectedNatRule, name: 'ghost', frontendPort: 50003, target: 'nobody' },
        { ...unconnectedNatRule, name: 'wrong address', frontendPort: 50004, target: { vm: 'VM2', ip: '10.9.9.9' } },
      ],
    };
    const r = await roundTrip(t);
    expect(r.topology).toEqual(migrateV1(normalise(t)));
    expect(lbView(r.topology).inboundNatRules!.map((n) => n.target)).toEqual([
      { vm: 'VM2', ip: '10.0.0.6' },
      'VM1',
      undefined,
      undefined,
      undefined,
    ]);
    expect(unexpected(r.diagnostics)).toEqual([]);
  });

  const hostile = fc.constantFrom(
    '__proto__',
    'constructor',
    'a',
    'web-1',
    'x y',
    '"q"',
    '${x}',
    '$${y}',
    '%{z}',
    'back\\slash',
    'new\nline',
    'é',
    '日本',
    "it's",
    '[b]',
  );
  const names = (prefix: string, max: number) =>
    fc.uniqueArray(
      fc.tuple(hostile, fc.nat(9)).map(([h, n]) => `${prefix}${h}${n}`),
      { minLength: 1, maxLength: max },
    );
  const topologies: fc.Arbitrary<LbTopology> = fc
    .record({
      internal: fc.boolean(),
      description: fc.option(hostile, { nil: undefined }),
      fes: names('fe', 3),
      pools: names('pool', 2),
      vms: fc.uniqueArray(
        fc.record({
          name: hostile,
          os: fc.constantFrom('windows', 'ubuntu', 'rhel', 'suse', 'debian', 'linux'),
          nic: fc.constantFrom('eth0', 'Ethernet 2'),
          secondaries: fc.nat(2),
          nat: fc.boolean(),
        }),
        { selector: (v) => v.name, maxLength: 3 },
      ),
      memberPicks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(3)), { maxLength: 5 }),
      holders: fc.array(fc.option(fc.constantFrom(...FRONTEND_IP_HOLDERS), { nil: undefined }), { minLength: 3, maxLength: 3 }),
      probes: fc.array(
        fc.record({
          http: fc.boolean(),
          port: fc.integer({ min: 1, max: 65535 }),
          interval: fc.option(fc.integer({ min: 5, max: 60 }), { nil: undefined }),
          path: fc.option(fc.constantFrom('/', '/health?x="1"'), { nil: undefined }),
        }),
        { maxLength: 2 },
      ),
      rules: fc.array(fc.record({ ...ruleFields(fc.nat(), 0), ...resetField }), { maxLength: 4 }),
      nats: fc.array(
        fc.record({
          ...natRuleFields,
          target: fc.option(fc.tuple(fc.nat(), fc.nat(3)), { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
    })
    .map(({ internal, description, fes, pools, vms, memberPicks, holders, probes, rules, nats }): LbTopology => {
      const vmList: Vm[] = vms.map((v, i) => ({
        name: v.name,
        os: v.os,
        nic: {
          name: v.nic,
          ip: `10.0.${i}.4`,
          ...(v.secondaries > 0 ? { secondaryIps: Array.from({ length: v.secondaries }, (_, k) => `10.0.${i}.${10 + k}`) } : {}),
        },
        ...(v.nat ? { natGateway: true } : {}),
      }));
      const probeList: Probe[] = probes.map((p, i) => ({
        name: `probe${i}`,
        protocol: p.http ? 'Http' : 'Tcp',
        port: p.port,
        ...(p.http && p.path ? { requestPath: p.path } : {}),
        ...(p.interval ? { intervalInSeconds: p.interval } : {}),
      }));
      return {
        version: 1,
        name: `random ${fes[0]}`,
        ...(description !== undefined ? { description } : {}),
        loadBalancer: { name: 'lb', sku: 'Standard', type: internal ? 'Internal' : 'Public' },
        frontends: fes.map((name, i) => ({ name, ip: internal ? `10.1.0.${i + 4}` : `203.0.113.${i + 1}` })),
        backendPools: pools.map((name, p) => ({
          name,
          members: memberPicks
            .filter(([pool]) => pool % pools.length === p && vmList.length > 0)
            .map(([, vm, ip]): PoolMember => {
              const v = vmList[vm % vmList.length]!;
              const ips = [v.nic.ip, ...(v.nic.secondaryIps ?? [])];
              return ip === 0 ? v.name : { vm: v.name, ip: ips[ip % ips.length]! };
            }),
          ...(holders[p % holders.length] !== undefined ? { frontendIpHolder: holders[p % holders.length] } : {}),
        })),
        probes: probeList,
        rules: rules.map((r, i) =>
          ruleFrom(`rule${i}`, fes[r.fe % fes.length]!, pools[r.pool % pools.length]!, r, probeList[r.probe % probeList.length]?.name),
        ),
        // Targets picked like pool members (primary by name, or any address of the VM); an absent frontend pick is unwired.
        ...(nats.length > 0
          ? {
              inboundNatRules: nats.map((n, i): InboundNatRule => {
                const v = n.target !== undefined && vmList.length > 0 ? vmList[n.target[0] % vmList.length]! : undefined;
                const ips = v ? [v.nic.ip, ...(v.nic.secondaryIps ?? [])] : [];
                const target: PoolMember | undefined =
                  v === undefined ? undefined : n.target![1] === 0 ? v.name : { vm: v.name, ip: ips[n.target![1] % ips.length]! };
                return natRuleFrom(`nat${i}`, n.fe !== undefined ? fes[n.fe % fes.length]! : '', n, target);
              }),
            }
          : {}),
        vms: vmList,
      };
    });

  it('fast-check topologies come back the same', { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(topologies, async (t) => {
        const r = await roundTrip(t);
        expect(r.topology).toEqual(migrateV1(normalise(t)));
        expect(unexpected(r.diagnostics)).toEqual([]);
      }),
      { numRuns: 25, seed: 20261126 },
    );
  });
});
