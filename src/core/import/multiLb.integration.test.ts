// Files of several load balancers import into one version 2 topology (issue 19): every load balancer, the VMs they
// share, the Global tier and its regional frontends; a reference to a load balancer that is not in the file is said.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lbView } from '../topology/design';
import { analyzeTopology } from '../validation/analyzeTopology';
import { importDefinition } from './importDefinition';
import { imported } from './imported.testing';

const fixture = (name: string) => readFileSync(new URL(`__samples__/fixtures/multi/${name}`, import.meta.url), 'utf8');

describe('several load balancers in one file', () => {
  it('an NVA sandwich template: both load balancers, the two appliances once, in both pools', async () => {
    const r = imported(await importDefinition(fixture('nva-sandwich.json')));
    expect(r.topology.loadBalancers.map((lb) => [lb.name, lb.type])).toEqual([
      ['fw-public-lb', 'Public'],
      ['fw-internal-lb', 'Internal'],
    ]);
    expect(r.topology.vms.map((vm) => [vm.name, vm.nic.ip])).toEqual([
      ['fw-nic-1', '10.20.1.10'],
      ['fw-nic-2', '10.20.1.11'],
    ]);
    for (const lb of r.topology.loadBalancers) expect(lb.backendPools[0]!.members).toEqual(['fw-nic-1', 'fw-nic-2']);
    expect(r.loadBalancers).toEqual(['fw-public-lb', 'fw-internal-lb']);
    expect(r.loadBalancer).toBeUndefined();
    expect(analyzeTopology(r.topology).parts.map((p) => [p.loadBalancer, p.analysis.rows.length])).toEqual([
      ['fw-public-lb', 2],
      ['fw-internal-lb', 2],
    ]);
    expect(r.counts).toMatchObject({ frontends: 2, backendPools: 2, rules: 2, vms: 2 });
  });

  it('--lb still picks one, and says the others are left out', async () => {
    const r = imported(await importDefinition(fixture('nva-sandwich.json'), { loadBalancer: 'fw-internal-lb' }));
    expect(r.topology.loadBalancers.map((lb) => lb.name)).toEqual(['fw-internal-lb']);
    expect(r.loadBalancer).toBe('fw-internal-lb');
    expect(r.diagnostics.map((d) => d.text.key)).toContain('import.arm.secondLoadBalancer');
  });

  it('an az network lb list of a cross-region design: the Global tier and its regional frontends', async () => {
    const r = imported(await importDefinition(fixture('cross-region-list.json')));
    const global = lbView(r.topology, 'web-global');
    expect(global.loadBalancer).toEqual({ name: 'web-global', sku: 'Standard', type: 'Public', tier: 'Global' });
    expect(global.backendPools[0]).toEqual({
      name: 'regional-frontends',
      members: [],
      regionalFrontends: [
        { loadBalancer: 'web-east', frontend: 'east-fe' },
        { loadBalancer: 'web-west', frontend: 'west-fe' },
      ],
    });
    // The third address names a load balancer the list does not hold: left out, and said with the fix.
    const unresolved = r.diagnostics.filter((d) => d.text.key === 'import.ref.unresolved');
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0]!.text.params).toMatchObject({ loadBalancer: 'web-central', frontend: 'central-fe' });
    expect(lbView(r.topology, 'web-east').loadBalancer.tier).toBeUndefined();
  });
});
