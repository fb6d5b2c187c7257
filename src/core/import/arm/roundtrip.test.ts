// Export → import gives back the same topology. ARM cannot carry everything: the comparison normalises
// exactly that (see docs/import.md, "Round trip"), and nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { natRuleFields, resetField, ruleFields } from '../roundTrip.testing';
import { armShapeProblems } from '../../export/armShape.testing';
import { exportTopology } from '../../export/export';
import { natTopology, unconnectedNatRule } from '../../export/natRules.testing';
import { PRESET_NAMES, preset } from '../../testing/presets';
import { exportedNatRules, exportedProbe, exportedRules, natRuleFrom, ruleFrom } from '../../testing/roundTrip';
import { FRONTEND_IP_HOLDERS, type LbTopology } from '../../topology/schema';
import { importArm } from './importArm';
import { errorOf } from '../text';
import { lbView, migrateV1 } from '../../topology/design';

/** What the ARM export cannot or does not carry, applied to the original. */
function normalise(t: LbTopology): LbTopology {
  return {
    version: 1,
    name: t.name,
    ...(t.description !== undefined ? { description: t.description } : {}),
    // The export always writes Standard; an LB without frontends has nothing that makes it Public.
    loadBalancer: { ...t.loadBalancer, sku: 'Standard', type: t.frontends.length === 0 ? 'Internal' : t.loadBalancer.type },
    frontends: t.frontends,
    // Who holds the frontend IP travels in metadata.floatplanPoolHolders; an explicit every-member is the default, left out.
    backendPools: t.backendPools.map(({ frontendIpHolder: holder, ...pool }) =>
      holder !== undefined && holder !== 'every-member' ? { ...pool, frontendIpHolder: holder } : pool,
    ),
    probes: t.probes.map(exportedProbe),
    rules: exportedRules(t),
    // Targets travel in metadata.floatplanNatRuleTargets exactly as given; the import leaves the key out when there are none.
    ...(exportedNatRules(t).length > 0 ? { inboundNatRules: exportedNatRules(t) } : {}),
    vms: t.vms,
  };
}

/** Warnings other than "parameter X (a subnet or public IP id the export asks for) has no value". */
const unexpected = (r: { diagnostics: { severity: string; path?: string }[] }) =>
  r.diagnostics.filter((d) => d.severity !== 'info' && !/^parameters\.(subnetId|publicIpId_\w+)$/.test(d.path ?? ''));

async function roundTrip(t: LbTopology) {
  const exported = exportTopology(t, 'arm').text;
  // Every exported template, generated ones included, must also have the REST shape of a load balancer.
  expect(armShapeProblems(exported)).toEqual([]);
  const r = await importArm(exported);
  if (!r.ok) throw new Error(errorOf(r));
  return r;
}

describe('ARM round trip', () => {
  it.each(PRESET_NAMES)('preset %s comes back the same, with no warning beyond the ids the export asks for', async (name) => {
    const t = preset(name);
    const r = await roundTrip(t);
    expect(r.topology).toEqual(migrateV1(normalise(t)));
    expect(unexpected(r)).toEqual([]);
  });

  it('a Basic IPv6 internal load balancer with secondary ipconfigs and hostile names', async () => {
    const t: LbTopology = {
      version: 1,
      name: "it's [a] test",
      loadBalancer: { name: '[lb]', sku: 'Basic', type: 'Internal' },
      frontends: [
        { name: "fe 'one'", ip: '10.0.0.100' },
        { name: 'fe6', ip: 'fd00::10' },
      ],
      backendPools: [{ name: 'pool (a)', members: ['vm (1)', { vm: 'vm2', ip: '10.0.0.21' }] }],
      probes: [{ name: 'http', protocol: 'Http', port: 8080 }],
      rules: [
        {
          name: 'r1',
          frontend: "fe 'one'",
          backendPool: 'pool (a)',
          protocol: 'All',
          frontendPort: 0,
          backendPort: 0,
          floatingIp: true,
          probe: 'http',
        },
        {
          name: 'dangling',
          frontend: 'nope',
          backendPool: 'pool (a)',
          protocol: 'Tcp',
          frontendPort: 80,
          backendPort: 80,
          floatingIp: false,
        },
      ],
      vms: [
        { name: 'vm (1)', os: 'suse', nic: { name: 'eth0', ip: '10.0.0.10' } },
        { name: 'vm2', os: 'windows', nic: { name: 'Ethernet 2', ip: '10.0.0.20', secondaryIps: ['10.0.0.21'] }, natGateway: true },
      ],
      layout: { r1: { x: 1, y: 2 } },
    };
    const r = await roundTrip(t);
    expect(r.topology).toEqual(migrateV1(normalise(t)));
    expect(lbView(r.topology).rules.map((x) => x.name)).toEqual(['r1']);
  });

  it('inbound NAT rules: targets (a secondary ipconfig included), a rule without a target, one without a frontend, hostile names', async () => {
    const base = natTopology();
    const t: LbTopology = {
      ...base,
      vms: base.vms.map((v) => (v.name === 'VM2' ? { ...v, name: "vm '[2]'" } : v)),
      backendPools: [{ name: 'pool', members: ['VM1', "vm '[2]'"] }],
      inboundNatRules: [
        { ...base.inboundNatRules![0]!, name: "[sql] 'listener'", target: { vm: "vm '[2]'", ip: '10.0.0.6' } },
        base.inboundNatRules![1]!,
        unconnectedNatRule,
        { ...unconnectedNatRule, name: 'unwired', frontend: '', target: 'VM1' },
      ],
    };
    const r = await roundTrip(t);
    expect(r.topology).toEqual(migrateV1(normalise(t)));
    expect(lbView(r.topology).inboundNatRules!.map((n) => n.target)).toEqual([{ vm: "vm '[2]'", ip: '10.0.0.6' }, 'VM1', undefined]);
    expect(unexpected(r)).toEqual([]);
  });

  const holderArb = fc.option(fc.constantFrom(...FRONTEND_IP_HOLDERS), { nil: undefined });
  const nameArb = fc.stringMatching(/^[A-Za-z0-9 _.'()[\]-]{1,12}$/).filter((s) => s.trim() === s && s !== '');
  const topologyArb: fc.Arbitrary<LbTopology> = fc
    .record({
      title: fc.string({ maxLength: 20 }),
      description: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      internal: fc.boolean(),
      sku: fc.constantFrom('Standard' as const, 'Basic' as const),
      lbName: nameArb,
      names: fc.uniqueArray(nameArb, { minLength: 12, maxLength: 12, selector: (s) => s.toLowerCase() }),
      feCount: fc.integer({ min: 1, max: 3 }),
      holders: fc.tuple(holderArb, holderArb),
      vms: fc.array(
        fc.record({
          os: fc.constantFrom('windows' as const, 'ubuntu' as const, 'rhel' as const, 'suse' as const, 'debian' as const, 'linux' as const),
          secondary: fc.boolean(),
          nat: fc.option(fc.boolean(), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      probes: fc.array(
        fc.record({
          protocol: fc.constantFrom('Tcp', 'Http', 'Https'),
          port: fc.integer({ min: 1, max: 65535 }),
          path: fc.option(fc.constantFrom('/', '/health'), { nil: undefined }),
          interval: fc.option(fc.integer({ min: 5, max: 60 }), { nil: undefined }),
          threshold: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        }),
        { maxLength: 2 },
      ),
      rules: fc.array(
        fc.record({
          ...ruleFields(fc.option(fc.nat(), { nil: undefined }), 1),
          ...resetField,
          ld: fc.option(fc.constantFrom('Default' as const, 'SourceIP' as const, 'SourceIPProtocol' as const), { nil: undefined }),
          snat: fc.option(fc.boolean(), { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
      nats: fc.array(
        fc.record({
          ...natRuleFields,
          target: fc.option(fc.tuple(fc.nat(), fc.boolean()), { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
    })
    .map((g): LbTopology => {
      const [n0, n1, n2, n3, n4, n5, ...rest] = g.names;
      const feNames = [n0!, n1!, n2!].slice(0, g.feCount);
      const poolNames = [n3!, n4!];
      const probeNames = [n5!, rest[0]!].slice(0, g.probes.length);
      const vmNames = rest.slice(1, 1 + g.vms.length);
      const vms = g.vms.map((v, i) => ({
        name: vmNames[i]!,
        os: v.os,
        nic: {
          name: v.os === 'windows' ? 'Ethernet' : 'eth0',
          ip: `10.0.0.${10 + i}`,
          ...(v.secondary ? { secondaryIps: [`10.0.1.${10 + i}`] } : {}),
        },
        ...(v.nat !== undefined ? { natGateway: v.nat } : {}),
      }));
      return {
        version: 1,
        name: g.title,
        ...(g.description !== undefined ? { description: g.description } : {}),
        loadBalancer: { name: g.lbName, sku: g.sku, type: g.internal ? 'Internal' : 'Public' },
        frontends: feNames.map((name, i) => ({
          name,
          ip: g.internal ? `10.0.2.${i + 4}` : i === 2 ? `2001:db8::${i}` : `203.0.113.${i + 4}`,
        })),
        backendPools: poolNames.map((name, p) => ({
          name,
          members: vms
            .filter((_, i) => (i + p) % 2 === 0)
            .map((v) => (v.nic.secondaryIps ? { vm: v.name, ip: v.nic.secondaryIps[0]! } : v.name)),
          ...(g.holders[p] !== undefined ? { frontendIpHolder: g.holders[p] } : {}),
        })),
        probes: g.probes.map((p, i) => ({
          name: probeNames[i]!,
          protocol: p.protocol,
          port: p.port,
          ...(p.path !== undefined && p.protocol !== 'Tcp' ? { requestPath: p.path } : {}),
          ...(p.interval !== undefined ? { intervalInSeconds: p.interval } : {}),
          ...(p.threshold !== undefined ? { probeThreshold: p.threshold } : {}),
        })),
        // An HA-ports rule (All) has ports 0.
        rules: g.rules.map((r, i) => {
          const ports = r.protocol === 'All' ? { fp: 0, bp: 0 } : {};
          return ruleFrom(
            `rule ${i}`,
            feNames[r.fe % feNames.length]!,
            poolNames[r.pool % 2]!,
            { ...r, ...ports },
            r.probe !== undefined ? probeNames[r.probe % probeNames.length] : undefined,
          );
        }),
        // An absent frontend pick is a rule not wired yet (exported without it); a target is a VM or its secondary ipconfig.
        ...(g.nats.length > 0
          ? {
              inboundNatRules: g.nats.map((n, i) => {
                const vm = n.target !== undefined ? vms[n.target[0] % vms.length]! : undefined;
                const target = vm && n.target![1] && vm.nic.secondaryIps ? { vm: vm.name, ip: vm.nic.secondaryIps[0]! } : vm?.name;
                return natRuleFrom(`nat ${i}`, n.fe !== undefined ? feNames[n.fe % feNames.length]! : '', n, target);
              }),
            }
          : {}),
        vms,
      };
    });

  it('elements named like Object.prototype keys come back the same (found by the property test)', async () => {
    // A private frontend "__proto__" has no planned public address; a lookup by name must not find Object.prototype.
    const base = preset('type2-floating-ip');
    const t: LbTopology = {
      ...base,
      loadBalancer: { ...base.loadBalancer, type: 'Internal' },
      frontends: [
        { name: '__proto__', ip: '10.0.2.4' },
        { name: 'constructor', ip: '10.0.2.5' },
      ],
      backendPools: base.backendPools.map((p, i) => ({ ...p, name: i === 0 ? '__proto__' : 'toString' })),
      rules: base.rules.map((r, i) => ({ ...r, frontend: i === 0 ? '__proto__' : 'constructor', backendPool: '__proto__' })),
    };
    const r = await roundTrip(t);
    expect(r.topology).toEqual(migrateV1(normalise(t)));
    expect(lbView(r.topology).frontends.map((f) => f.ip)).toEqual(['10.0.2.4', '10.0.2.5']);
  });

  it('generated topologies come back the same', async () => {
    await fc.assert(
      fc.asyncProperty(topologyArb, async (t) => {
        const r = await roundTrip(t);
        expect(r.topology).toEqual(migrateV1(normalise(t)));
        expect(unexpected(r)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000); // 150 evaluations; generous for a loaded machine
});
