// Bicep export → Bicep import must read what the ARM export → ARM import reads: the two exports carry the
// same resource, so any difference is a translation bug (names with quotes, `${`, backslashes included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { natRuleFields, ruleFields } from '../roundTrip.testing';
import { exportTopology } from '../../export/export';
import { natRuleFrom, ruleFrom } from '../../testing/roundTrip';
import type { LbTopology } from '../../topology/schema';
import { importArm } from '../arm/importArm';
import type { ImportOutcome, ImportSuccess } from '../types';
import { importBicep } from './importBicep';
import { errorOf } from '../text';
import { lbView } from '../../topology/design';

function success(r: ImportOutcome): ImportSuccess {
  if (!r.ok) throw new Error(errorOf(r));
  return r;
}

const nameArb = fc.stringMatching(/^[A-Za-z0-9 _.'$\\{}()[\]-]{1,10}$/).filter((s) => s.trim() === s);

const topologyArb: fc.Arbitrary<LbTopology> = fc
  .record({
    internal: fc.boolean(),
    names: fc.uniqueArray(nameArb, { minLength: 8, maxLength: 8, selector: (s) => s.toLowerCase() }),
    frontends: fc.integer({ min: 1, max: 2 }),
    pools: fc.integer({ min: 1, max: 2 }),
    probes: fc.array(fc.record({ protocol: fc.constantFrom('Tcp', 'Http'), port: fc.integer({ min: 1, max: 65535 }) }), { maxLength: 2 }),
    rules: fc.array(
      fc.record({
        ...ruleFields(fc.option(fc.nat(), { nil: undefined }), 0),
        snat: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    nats: fc.array(
      // Always a frontend index here: every NAT rule below is given one of the frontends.
      fc.record({ ...natRuleFields, fe: fc.nat() }),
      { maxLength: 2 },
    ),
  })
  .map(({ internal, names, frontends, pools, probes, rules, nats }) => {
    const [lb = 'lb', ...rest] = names;
    const fe = rest.slice(0, frontends);
    const pool = rest.slice(2, 2 + pools);
    const probe = rest.slice(4, 4 + probes.length);
    return {
      version: 1,
      name: lb,
      loadBalancer: { name: lb, sku: 'Standard', type: internal ? 'Internal' : 'Public' },
      frontends: fe.map((name, i) => ({ name, ip: internal ? `10.0.0.${i + 4}` : `203.0.113.${i + 4}` })),
      backendPools: pool.map((name) => ({ name, members: [] })),
      probes: probes.map((p, i) => ({
        name: probe[i]!,
        protocol: p.protocol,
        port: p.port,
        ...(p.protocol === 'Http' ? { requestPath: '/' } : {}),
      })),
      rules: rules.map((r, i) =>
        ruleFrom(
          `rule ${i} '${r.protocol}'`,
          fe[r.fe % fe.length]!,
          pool[r.pool % pool.length]!,
          r,
          r.probe !== undefined ? probe[r.probe % probe.length] : undefined,
        ),
      ),
      // No VMs here, so no targets (VMs, members and targets round-trip through the file metadata: roundTripVms.test.ts).
      ...(nats.length > 0
        ? {
            inboundNatRules: nats.map((n, i) => natRuleFrom(`nat ${i} '${n.protocol}'`, fe[n.fe % fe.length]!, n)),
          }
        : {}),
      vms: [],
    } satisfies LbTopology;
  });

describe('Bicep export → import agrees with ARM export → import', () => {
  it('for generated topologies with awkward names', async () => {
    await fc.assert(
      fc.asyncProperty(topologyArb, async (t) => {
        const fromBicep = lbView(success(await importBicep(exportTopology(t, 'bicep').text)).topology);
        const fromArm = lbView(success(await importArm(exportTopology(t, 'arm').text)).topology);
        expect(fromBicep.loadBalancer).toEqual(fromArm.loadBalancer);
        expect(fromBicep.rules).toEqual(fromArm.rules);
        expect(fromBicep.probes).toEqual(fromArm.probes);
        expect(fromBicep.inboundNatRules).toEqual(fromArm.inboundNatRules);
        expect(fromArm.inboundNatRules?.length ?? 0).toBe(t.inboundNatRules?.length ?? 0);
        expect(fromBicep.frontends.map((f) => f.name)).toEqual(t.frontends.map((f) => f.name));
        expect(fromBicep.backendPools.map((p) => p.name)).toEqual(t.backendPools.map((p) => p.name));
        if (t.loadBalancer.type === 'Internal') expect(fromBicep.frontends).toEqual(t.frontends);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
