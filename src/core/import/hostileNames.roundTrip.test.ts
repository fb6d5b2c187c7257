// Floatplan's own exports import back for every name the planner accepts (any non-empty string: the topology
// schema's only rule), through ARM, Bicep and Terraform. Found by a fuzz run: a `%` in a name (`100%`) crashed
// the ARM id parser, and so half of the hostile-name round trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportTopology } from '../export/export';
import { HOSTILE_NAMES } from '../testing/hostile';
import { preset } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { importDefinition } from './importDefinition';
import type { ImportFormat } from './types';
import { errorOf } from './text';
import { lbView } from '../topology/design';

// Names as the planner accepts them: the hostile list, and any other non-empty text (every code point).
const nameArb = fc.oneof(
  fc.constantFrom(...HOSTILE_NAMES),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.string({ minLength: 1, maxLength: 6 }),
);

/** The type 2 preset (two frontends, one pool, probe, two rules, two VMs, a NAT rule) with the given names. */
function named(names: string[]): LbTopology {
  const [lb, fe1, fe2, pool, probe, rule1, rule2, vm1, vm2, nat] = names as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const base = preset('type2-floating-ip');
  const [v1, v2] = base.vms as [LbTopology['vms'][number], LbTopology['vms'][number]];
  return {
    ...base,
    loadBalancer: { ...base.loadBalancer, name: lb, sku: 'Standard', type: 'Internal' },
    frontends: [
      { name: fe1, ip: '10.0.2.4' },
      { name: fe2, ip: '10.0.2.5' },
    ],
    backendPools: [{ name: pool, members: [vm1, vm2] }],
    probes: [{ name: probe, protocol: 'Tcp', port: 8080 }],
    rules: [
      { name: rule1, frontend: fe1, backendPool: pool, protocol: 'Tcp', frontendPort: 80, backendPort: 80, floatingIp: true, probe },
      { name: rule2, frontend: fe2, backendPool: pool, protocol: 'Tcp', frontendPort: 80, backendPort: 80, floatingIp: true, probe },
    ],
    inboundNatRules: [{ name: nat, frontend: fe1, protocol: 'Tcp', frontendPort: 50001, backendPort: 22, floatingIp: false, target: vm1 }],
    vms: [
      { ...v1, name: vm1 },
      { ...v2, name: vm2 },
    ],
  };
}

/**
 * Every name of a topology with what it refers to, so a lost or renamed reference shows too. The Bicep export
 * writes the load balancer only (no VMs, members or NAT targets: docs/export.md), so those are compared for ARM
 * and Terraform.
 */
function names(t: LbTopology, withVms: boolean) {
  return {
    lb: t.loadBalancer.name,
    frontends: t.frontends.map((f) => f.name),
    pools: t.backendPools.map((p) => [p.name, withVms ? p.members : []]),
    probes: t.probes.map((p) => p.name),
    rules: t.rules.map((r) => [r.name, r.frontend, r.backendPool, r.probe]),
    nats: (t.inboundNatRules ?? []).map((n) => [n.name, n.frontend, withVms ? n.target : undefined]),
    vms: withVms ? t.vms.map((v) => v.name) : [],
  };
}

const FORMATS: [ImportFormat, 'arm' | 'bicep' | 'terraform'][] = [
  ['arm', 'arm'],
  ['bicep', 'bicep'],
  ['terraform', 'terraform'],
];

describe.each(FORMATS)('%s export → import with hostile names', (format, exportFormat) => {
  const withVms = format !== 'bicep';
  /** The names that come back, and the names that went out. */
  async function roundTrip(t: LbTopology) {
    const text = exportTopology(t, exportFormat).text;
    const r = await importDefinition(text, { format });
    if (!r.ok) throw new Error(`${errorOf(r)}\n${JSON.stringify(names(t, withVms))}`);
    return { back: names(lbView(r.topology), withVms), sent: names(t, withVms) };
  }

  it('every name of the hostile list', async () => {
    for (let i = 0; i < HOSTILE_NAMES.length; i++) {
      // Ten distinct names per topology, each list entry in every position over the run.
      const picks = Array.from({ length: 10 }, (_, k) => HOSTILE_NAMES[(i + k * 3) % HOSTILE_NAMES.length]!);
      const unique = picks.map((n, k) => (picks.indexOf(n) === k ? n : `${n}#${k}`));
      const { back, sent } = await roundTrip(named(unique));
      expect(back).toEqual(sent);
    }
  }, 60_000);

  it('generated names (fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(nameArb, { minLength: 10, maxLength: 10, selector: (s) => s.toLowerCase() }), async (list) => {
        const { back, sent } = await roundTrip(named(list));
        expect(back).toEqual(sent);
      }),
      { seed: 1212, numRuns: format === 'terraform' ? 25 : 60 },
    );
  }, 120_000);
});
