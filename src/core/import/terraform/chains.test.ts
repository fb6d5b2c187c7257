// Tiers and chains of a Terraform configuration (issue 19): sku_tier "Global", Gateway chains on a frontend and on a
// NIC, a Global pool's regional frontends; an unresolvable reference is said, never dropped silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import { lbView } from '../../topology/design';
import { analyzeTopology } from '../../validation/analyzeTopology';
import { importTerraform } from './importTerraform';
import { imported } from '../imported.testing';
import { TIMEOUT } from './lb.testing';

const fixture = (name: string) => readFileSync(new URL(`../__samples__/fixtures/terraform/${name}`, import.meta.url), 'utf8');

describe('Terraform: tiers and chains', { timeout: TIMEOUT }, () => {
  it('a public frontend and a NIC chained to a Gateway load balancer', async () => {
    const r = imported(await importTerraform(fixture('gateway-chained-frontend-and-nic.tf')));
    expect(r.topology.loadBalancers.map((lb) => [lb.name, lb.sku, lb.type])).toEqual([
      ['lb-nva-gw', 'Gateway', 'Internal'],
      ['lb-shop', 'Standard', 'Public'],
    ]);
    const gw = { loadBalancer: 'lb-nva-gw', frontend: 'gw-front' };
    expect(lbView(r.topology, 'lb-shop').frontends).toEqual([expect.objectContaining({ name: 'shop-front', gatewayLoadBalancer: gw })]);
    expect(r.topology.vms).toEqual([
      expect.objectContaining({ name: 'nic-web-1', nic: expect.objectContaining({ ip: '10.61.0.4', gatewayLoadBalancer: gw }) }),
    ]);
    const codes = r.diagnostics.map((d) => d.text.key);
    expect(codes).not.toContain('import.ref.unresolved');
    expect(codes).not.toContain('import.ref.unreadable');
    // The tunnels stay said (Floatplan does not keep them).
    expect(codes).toContain('import.tfm.tunnels');
  });

  it('--lb picks the chained load balancer alone: the chain to the other one is left out and said', async () => {
    const r = imported(await importTerraform(fixture('gateway-chained-frontend-and-nic.tf'), { loadBalancer: 'shop' }));
    expect(lbView(r.topology, 0).frontends[0]!.gatewayLoadBalancer).toBeUndefined();
    expect(r.topology.vms[0]!.nic.gatewayLoadBalancer).toBeUndefined();
    const unresolved = r.diagnostics.filter((d) => d.text.key === 'import.ref.unresolved');
    expect(unresolved.map((d) => d.code)).toEqual(['ImportUnresolved', 'ImportUnresolved']);
    expect(unresolved.map((d) => messageOf(d)).join('\n')).toMatch(/lb-nva-gw/);
  });

  it('a Global load balancer over two regional ones', async () => {
    const r = imported(await importTerraform(fixture('global-over-two-regions.tf')));
    expect(r.topology.loadBalancers.map((lb) => [lb.name, lb.tier ?? 'Regional'])).toEqual([
      ['lb-app-r1', 'Regional'],
      ['lb-app-r2', 'Regional'],
      ['lb-app-global', 'Global'],
    ]);
    expect(lbView(r.topology, 'lb-app-global').backendPools).toEqual([
      expect.objectContaining({
        name: 'regional-frontends',
        members: [],
        regionalFrontends: [
          { loadBalancer: 'lb-app-r1', frontend: 'app-front-r1' },
          { loadBalancer: 'lb-app-r2', frontend: 'app-front-r2' },
        ],
      }),
    ]);
    const codes = r.diagnostics.map((d) => d.text.key);
    expect(codes).not.toContain('import.ref.unresolved');
    expect(codes).not.toContain('import.tf.poolAddressBroken');
    expect(codes).not.toContain('import.tf.emptyPool');
    expect(analyzeTopology(r.topology).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('references it cannot resolve are said where they are, and left out', async () => {
    const r = imported(await importTerraform(fixture('chain-unresolved.tf')));
    const lb = lbView(r.topology, 0);
    expect(lb.loadBalancer.tier).toBe('Global');
    expect(lb.frontends[0]!.gatewayLoadBalancer).toBeUndefined();
    expect(lb.backendPools[0]!.regionalFrontends ?? []).toEqual([]);
    const said = (key: string) => r.diagnostics.filter((d) => d.text.key === key).map((d) => [d.code, d.path]);
    expect(said('import.ref.unreadable')).toEqual([
      ['ImportUnresolved', 'azurerm_lb.edge.frontend_ip_configuration[0].gateway_load_balancer_frontend_ip_configuration_id'],
      ['ImportUnresolved', 'azurerm_lb_backend_address_pool_address.far.backend_address_ip_configuration_id'],
    ]);
    // A literal id is read, but names a load balancer that is not in the file.
    expect(said('import.ref.unresolved')).toEqual([['ImportUnresolved', 'azurerm_lb.edge']]);
    expect(messageOf(r.diagnostics.find((d) => d.text.key === 'import.ref.unresolved')!)).toMatch(/"far-front".*"lb-far"/);
  });
});
