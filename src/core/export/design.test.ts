// Export → import of designs of several load balancers: every load balancer, the shared VMs and the references
// between them (Gateway chain, Global pool, tier) come back the same.
import { describe, expect, it } from 'vitest';
import { importDefinition } from '../import/importDefinition';
import { errorOf } from '../import/text';
import type { LoadBalancerDef, Topology } from '../topology/schema';
import { exportDesign } from './design';
import { exportTopology } from './export';
import { lbView } from '../topology/design';
import { crossRegion, gatewayChain, nvaSandwich } from './multiLb.testing';
import { presetTopology } from '../testing/presets';

/** What the export writes explicitly (Azure's defaults) and the import reads back, applied to the original. */
function normalise(t: Topology): Topology {
  const lb = (l: LoadBalancerDef): LoadBalancerDef => ({
    ...l,
    sku: 'Standard',
    probes: l.probes.map((p) => ({ ...p, intervalInSeconds: p.intervalInSeconds ?? 15, probeThreshold: p.probeThreshold ?? 1 })),
    rules: l.rules.map((r) => ({
      ...r,
      idleTimeoutMinutes: r.idleTimeoutMinutes ?? 4,
      enableTcpReset: r.enableTcpReset ?? false,
      loadDistribution: r.loadDistribution ?? 'Default',
      disableOutboundSnat: r.disableOutboundSnat ?? false,
    })),
  });
  return { ...t, loadBalancers: t.loadBalancers.map(lb) };
}

async function armRoundTrip(t: Topology) {
  const r = await importDefinition(exportDesign(t, 'arm').text);
  if (!r.ok) throw new Error(errorOf(r));
  return r;
}

async function bicepRoundTrip(t: Topology) {
  const r = await importDefinition(exportDesign(t, 'bicep').text, { format: 'bicep' });
  if (!r.ok) throw new Error(errorOf(r));
  return r;
}

describe('exportDesign → import (Bicep)', () => {
  it.each([
    ['an NVA sandwich', nvaSandwich()],
    ['a cross-region design', crossRegion()],
    ['a Gateway chain', gatewayChain()],
  ])('%s comes back the same as through ARM', async (_, t) => {
    const viaBicep = await bicepRoundTrip(t);
    const viaArm = await armRoundTrip(t);
    expect(viaBicep.topology.loadBalancers).toEqual(viaArm.topology.loadBalancers);
    expect(viaBicep.topology.vms).toEqual(viaArm.topology.vms);
    expect(viaBicep.diagnostics.filter((d) => d.severity !== 'info' && !/param|parameters/.test(d.path ?? ''))).toEqual([]);
  });
});

describe('exportDesign → import (ARM)', () => {
  it.each([
    ['an NVA sandwich', nvaSandwich()],
    ['a cross-region design', crossRegion()],
  ])('%s comes back the same, with no warning beyond the ids the export asks for', async (_, t) => {
    const r = await armRoundTrip(t);
    expect(r.topology).toEqual(normalise(t));
    expect(r.diagnostics.filter((d) => d.severity !== 'info' && !/^parameters\./.test(d.path ?? ''))).toEqual([]);
    expect(r.loadBalancer).toBeUndefined();
    expect(r.loadBalancers).toEqual(t.loadBalancers.map((lb) => lb.name));
  });

  it('writes the Global tier, the regional frontends and the Gateway chain as ARM references', () => {
    const global = JSON.parse(exportDesign(crossRegion(), 'arm').text);
    expect(global.resources[0].sku).toEqual({ name: 'Standard', tier: 'Global' });
    expect(global.resources[0].properties.backendAddressPools[0].properties.loadBalancerBackendAddresses[0]).toEqual({
      name: 'lb-east-fe-east',
      properties: {
        loadBalancerFrontendIPConfiguration: {
          id: "[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-east', 'fe-east')]",
        },
      },
    });
    const chain = JSON.parse(exportDesign(gatewayChain(), 'arm').text);
    expect(chain.resources[0].properties.frontendIPConfigurations[0].properties.gatewayLoadBalancer).toEqual({
      id: "[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-gw', 'fe-gw')]",
    });
  });

  it('keeps the Gateway chain through export and import', async () => {
    const r = await armRoundTrip(gatewayChain());
    expect(lbView(r.topology, 'lb-app').frontends[0]!.gatewayLoadBalancer).toEqual({ loadBalancer: 'lb-gw', frontend: 'fe-gw' });
    expect(r.topology.vms.map((vm) => vm.name)).toEqual(['app1', 'gw1', 'gw2']);
  });

  it('--lb picks one load balancer; its references to the others are left out and said', async () => {
    const r = await importDefinition(exportDesign(crossRegion(), 'arm').text, { loadBalancer: 'lb-global' });
    if (!r.ok) throw new Error(errorOf(r));
    expect(r.topology.loadBalancers.map((lb) => lb.name)).toEqual(['lb-global']);
    expect(r.topology.loadBalancers[0]!.backendPools[0]!.regionalFrontends).toEqual([]);
    expect(r.diagnostics.filter((d) => d.text.key === 'import.ref.unresolved')).toHaveLength(2);
  });

  it('a design of one load balancer exports exactly as exportTopology; Terraform of several writes them all', () => {
    const one: Topology = { ...nvaSandwich(), loadBalancers: [nvaSandwich().loadBalancers[1]!] };
    expect(exportDesign(one, 'terraform').text).toBe(exportTopology(lbView(one, 0), 'terraform').text);
    const tf = exportDesign(nvaSandwich(), 'terraform');
    expect(tf.text.match(/^resource "azurerm_lb" /gm)).toHaveLength(2);
    expect(tf.notes.map((n) => n.code)).not.toContain('ExportSeveralLoadBalancers');
    expect(exportDesign(nvaSandwich(), 'azcli').text).toMatch(
      /# ---- Load balancer lb-public ----[\s\S]*# ---- Load balancer lb-internal ----/,
    );
  });
});

describe('exportDesign (Azure CLI)', () => {
  it('creates a Global load balancer with the cross-region commands and adds the references once all exist', () => {
    const text = exportDesign(crossRegion(), 'azcli').text;
    expect(text).toMatch(/^az network cross-region-lb create \\$/m);
    expect(text).toContain(
      `az network cross-region-lb address-pool address add --resource-group "$RESOURCE_GROUP" --lb-name 'lb-global' --pool-name 'regions' --name 'lb-east-fe-east' --frontend-ip-address "$(az network lb frontend-ip show --resource-group "$RESOURCE_GROUP" --lb-name 'lb-east' --name 'fe-east' --query id --output tsv)"`,
    );
    const chain = exportDesign(gatewayChain(), 'azcli').text;
    expect(chain).toMatch(
      /az network lb frontend-ip update .*--lb-name 'lb-app' --name 'fe-app' --gateway-lb "\$\(az network lb frontend-ip show .*--lb-name 'lb-gw' --name 'fe-gw'/,
    );
    expect(chain.indexOf('--gateway-lb')).toBeGreaterThan(chain.lastIndexOf('az network lb create'));
  });
});

describe('exportDesign with the NSG', () => {
  it("a regional load balancer's NSG allows the global frontend IP of a Global rule with floating IP", () => {
    const cross = presetTopology('cross-region');
    const on: Topology = {
      ...cross,
      loadBalancers: cross.loadBalancers.map((lb, i) => (i ? lb : { ...lb, rules: lb.rules.map((r) => ({ ...r, floatingIp: true })) })),
    };
    const text = exportDesign(on, 'azcli', { nsg: true }).text;
    // One such rule in each regional load balancer's NSG (lb-west, lb-east), to the global frontend IP.
    expect(
      text.match(/--name 'allow-global-lb-global-https' \\\n(?:.*\n)*?.*--destination-address-prefixes '203\.0\.113\.50'/g),
    ).toHaveLength(2);
    expect(exportDesign(cross, 'azcli', { nsg: true }).text).not.toContain('allow-global-');
  });
});
