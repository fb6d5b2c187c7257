// A design's load balancers share one list of VMs, and each load balancer's view holds all of them. A view works out
// the outbound paths of the VMs its pools hold only; for any other VM it asks whether the VM has a path of its own
// (hasPathWithoutLb). These tests hold the findings to those of every VM's path worked out in full (outboundPaths),
// on the examples and random designs, and the design's findings for VMs behind one, two or no load balancer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { outboundPaths } from '../outbound/outbound';
import { v1TopologyArb } from '../testing/arbitraries';
import { rule, topology, vm } from '../testing/builders';
import { EXAMPLE_NAMES, presetTopology } from '../testing/presets';
import { lbViews, migrateV1 } from '../topology/design';
import type { LbTopology, LoadBalancerDef, Topology } from '../topology/schema';
import { analyze } from './analyze';
import { analyzeTopology } from './analyzeTopology';

/** One to three load balancers drawn as version 1 topologies, over the first one's VMs (vm0…vm5, so pools share some). */
const designArb: fc.Arbitrary<Topology> = fc
  .tuple(
    fc.array(v1TopologyArb, { minLength: 1, maxLength: 3 }),
    fc.array(fc.constantFrom('Standard', 'Basic', 'Gateway'), { minLength: 3 }),
  )
  .map(([lbs, skus]) => {
    const first = migrateV1(lbs[0]!);
    const loadBalancers = lbs.map((v1, i): LoadBalancerDef => ({
      ...migrateV1(v1).loadBalancers[0]!,
      name: `lb${i}`,
      sku: i === 0 ? v1.loadBalancer.sku : (skus[i] as LoadBalancerDef['sku']),
    }));
    return { ...first, loadBalancers };
  });

/** The NoOutboundPath findings of a view: per cause, the VMs named. */
const noPathOf = (diagnostics: readonly Diagnostic[]) =>
  diagnostics
    .filter((d) => d.code === 'NoOutboundPath')
    .map((d) => ({ key: d.text.key, lb: d.text.params?.lb, vms: d.refs.filter((r) => r.kind === 'vm').map((r) => r.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));

/** The reference: every VM's path worked out in full, those without one named per cause, sorted. */
function fromEveryPath(view: LbTopology) {
  const byKey = new Map<string, string[]>();
  for (const p of outboundPaths(view)) {
    if (p.kind !== 'none') continue;
    const cause = p.text.key.replace('validation.outbound.none.', '');
    const key = cause === 'internal' ? 'validation.NoOutboundPath' : `validation.NoOutboundPath.${cause}`;
    byKey.set(key, [...(byKey.get(key) ?? []), p.vm]);
  }
  return [...byKey].map(([key, vms]) => ({ key, lb: view.loadBalancer.name, vms: vms.sort() })).sort((a, b) => (a.key < b.key ? -1 : 1));
}

describe('a load balancer’s view works out the paths of its own VMs only', () => {
  it.each(EXAMPLE_NAMES)('%s: every view names the VMs that working out every path names', (name) => {
    for (const view of lbViews(presetTopology(name))) expect(noPathOf(analyze(view).diagnostics)).toEqual(fromEveryPath(view));
  });

  it('random designs of one to three load balancers: the same findings in every view, and the same rows', () => {
    fc.assert(
      fc.property(designArb, (t) => {
        const views = lbViews(t);
        for (const view of views) expect(noPathOf(analyze(view).diagnostics)).toEqual(fromEveryPath(view));
        const design = analyzeTopology(t);
        expect([...design.rows]).toEqual(views.flatMap((view) => [...analyze(view).rows]));
        expect(design.natRows).toEqual(views.flatMap((view) => analyze(view).natRows));
      }),
      { numRuns: 150, seed: 19 },
    );
  }, 60_000);
});

describe('VMs behind two, one and no load balancer', () => {
  // VM1 and VM2 are behind `pub` and `ilb`; VM3 behind `ilb` only; VM4 and VM5 behind none (VM5 has a NAT gateway).
  function design(): Topology {
    const one = migrateV1(
      topology({
        rules: [rule('web')],
        vms: [
          vm('VM1', '10.0.0.4'),
          vm('VM2', '10.0.0.5'),
          vm('VM3', '10.0.0.6'),
          vm('VM4', '10.0.0.7'),
          vm('VM5', '10.0.0.8', { natGateway: true }),
        ],
      }),
    );
    const pub = { ...one.loadBalancers[0]!, name: 'pub' };
    const ilb: LoadBalancerDef = {
      ...pub,
      name: 'ilb',
      type: 'Internal',
      frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
      backendPools: [{ name: 'pool', members: ['VM1', 'VM2', 'VM3'] }],
      rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0 })],
    };
    return { ...one, loadBalancers: [pub, ilb] };
  }
  const noPath = (t: Topology) =>
    sortDiagnostics(analyzeTopology(t).diagnostics.filter((d) => d.code === 'NoOutboundPath')).map((d) => ({
      lb: d.loadBalancer,
      key: d.text.key,
      vms: d.refs.filter((r) => r.kind === 'vm').map((r) => r.name),
    }));

  it('names a VM behind no load balancer once, by the first one, and a VM behind an internal one only by it', () => {
    expect(noPath(design())).toEqual([
      { lb: 'ilb', key: 'validation.NoOutboundPath', vms: ['VM3'] },
      { lb: 'pub', key: 'validation.NoOutboundPath.private', vms: ['VM4'] },
    ]);
  });

  it('names them once still when the load balancers change places', () => {
    const t = design();
    expect(noPath({ ...t, loadBalancers: [...t.loadBalancers].reverse() })).toEqual([
      { lb: 'ilb', key: 'validation.NoOutboundPath', vms: ['VM3'] },
      { lb: 'ilb', key: 'validation.NoOutboundPath.private', vms: ['VM4'] },
    ]);
  });

  it('a name two VMs share is named as often as there are VMs without a path', () => {
    const t = design();
    expect(noPath({ ...t, vms: [...t.vms, vm('VM4', '10.0.0.9'), vm('VM3', '10.0.0.10')] })).toEqual([
      { lb: 'ilb', key: 'validation.NoOutboundPath', vms: ['VM3', 'VM3'] },
      { lb: 'pub', key: 'validation.NoOutboundPath.private', vms: ['VM4', 'VM4'] },
    ]);
  });

  it('each view still names every VM outside its pools without a path, as a topology of its own would', () => {
    const [pub, ilb] = analyzeTopology(design()).parts.map((p) => noPathOf(p.analysis.diagnostics));
    expect(pub).toEqual([{ key: 'validation.NoOutboundPath.private', lb: 'pub', vms: ['VM3', 'VM4'] }]);
    expect(ilb).toEqual([
      { key: 'validation.NoOutboundPath', lb: 'ilb', vms: ['VM1', 'VM2', 'VM3'] },
      { key: 'validation.NoOutboundPath.private', lb: 'ilb', vms: ['VM4'] },
    ]);
  });
});
