// Who holds each pool's frontend IP, read from real definitions (the shared azure-real fixtures) and small ones.
import { describe, expect, it } from 'vitest';
import { exportTopology } from '../export/export';
import { rule, topology, vm } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { importArm } from './arm/importArm';
import { importBicep } from './bicep/importBicep';
import { inferHolders, isSapProbePort } from './holder';
import { render } from '../i18n/text';
import { importTerraform } from './terraform/importTerraform';
import type { ImportOutcome, ImportSuccess } from './types';
import { messageOf } from '../diagnostics/diagnostic';
import { errorOf } from './text';
import { lbView } from '../topology/design';

const ok = (r: ImportOutcome): ImportSuccess => {
  if (!r.ok) throw new Error(errorOf(r));
  return r;
};
const holders = (t: LbTopology) => t.backendPools.map((p) => p.frontendIpHolder);
const holderNotes = (r: ImportSuccess) => r.diagnostics.filter((d) => d.text.key.startsWith('import.holder.'));
const none = { forwardingVms: new Set<string>(), sqlImageVms: new Set<string>() };

// A template with two NICs in one pool behind an HA-ports rule; `forwarding` says which NICs forward.
function nvaTemplate(forwarding: readonly boolean[], image?: { publisher: string }): string {
  const child = (kind: string, name: string) => ({
    id: `[concat(resourceId('Microsoft.Network/loadBalancers', 'ilb'), '/${kind}/${name}')]`,
  });
  const nic = (i: number) => ({
    type: 'Microsoft.Network/networkInterfaces',
    apiVersion: '2024-01-01',
    name: `nva${i}-nic`,
    properties: {
      ...(forwarding[i] ? { enableIPForwarding: true } : {}),
      ipConfigurations: [
        {
          name: 'ipconfig1',
          properties: {
            privateIPAllocationMethod: 'Static',
            privateIPAddress: `10.0.0.${10 + i}`,
            loadBalancerBackendAddressPools: [child('backendAddressPools', 'nvas')],
          },
        },
      ],
    },
  });
  const vmRes = (i: number) => ({
    type: 'Microsoft.Compute/virtualMachines',
    apiVersion: '2024-03-01',
    name: `nva${i}`,
    properties: {
      storageProfile: { imageReference: image ?? { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server' } },
      networkProfile: { networkInterfaces: [{ id: `[resourceId('Microsoft.Network/networkInterfaces', 'nva${i}-nic')]` }] },
    },
  });
  const lb = {
    type: 'Microsoft.Network/loadBalancers',
    apiVersion: '2024-01-01',
    name: 'ilb',
    sku: { name: 'Standard' },
    properties: {
      frontendIPConfigurations: [{ name: 'fe', properties: { privateIPAddress: '10.0.1.10', privateIPAllocationMethod: 'Static' } }],
      backendAddressPools: [{ name: 'nvas' }],
      probes: [{ name: 'p', properties: { protocol: 'Tcp', port: 22, intervalInSeconds: 5 } }],
      loadBalancingRules: [
        {
          name: 'ha',
          properties: {
            protocol: 'All',
            frontendPort: 0,
            backendPort: 0,
            enableFloatingIP: false,
            frontendIPConfiguration: child('frontendIPConfigurations', 'fe'),
            backendAddressPool: child('backendAddressPools', 'nvas'),
            probe: child('probes', 'p'),
          },
        },
      ],
    },
  };
  const resources = [lb, ...forwarding.map((_, i) => nic(i)), ...forwarding.map((_, i) => vmRes(i))];
  return JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources,
  });
}

describe('holders from what a template says', () => {
  it('ARM: NICs with enableIPForwarding in a pool make it an appliance pool', async () => {
    const r = ok(await importArm(nvaTemplate([true, true])));
    expect(lbView(r.topology).backendPools).toEqual([{ name: 'nvas', members: ['nva0', 'nva1'], frontendIpHolder: 'appliance' }]);
    expect(messageOf(holderNotes(r)[0]!)).toContain('the NICs of all its members ("nva0", "nva1") have IP forwarding enabled');
  });

  it('ARM: only one forwarding NIC is ambiguous: the default, and an info', async () => {
    const r = ok(await importArm(nvaTemplate([true, false])));
    expect(holders(lbView(r.topology))).toEqual([undefined]);
    expect(holderNotes(r).map((d) => [d.severity, d.text.key])).toEqual([['info', 'import.holder.forwardingSome']]);
  });

  it('ARM: VMs from a SQL Server image and a floating rule make a WSFC pool', async () => {
    const text = nvaTemplate([false, false], { publisher: 'MicrosoftSQLServer' }).replace(
      '"enableFloatingIP":false',
      '"enableFloatingIP":true',
    );
    const r = ok(await importArm(text));
    expect(holders(lbView(r.topology))).toEqual(['cluster-windows']);
    expect(messageOf(holderNotes(r)[0]!)).toContain('its members "nva0", "nva1" run a SQL Server image');
  });

  it('Terraform: ip_forwarding_enabled (azurerm 4) and enable_ip_forwarding (3.x) both mark appliances', async () => {
    for (const attr of ['ip_forwarding_enabled', 'enable_ip_forwarding']) {
      const tf = `
resource "azurerm_lb" "ilb" {
  name = "ilb"
  sku  = "Standard"
  frontend_ip_configuration {
    name                          = "fe"
    private_ip_address            = "10.0.1.10"
    private_ip_address_allocation = "Static"
  }
}
resource "azurerm_lb_backend_address_pool" "nvas" {
  name            = "nvas"
  loadbalancer_id = azurerm_lb.ilb.id
}
resource "azurerm_network_interface" "nva1" {
  name = "nva1-nic"
  ${attr} = true
  ip_configuration {
    name                          = "ipconfig1"
    private_ip_address            = "10.0.0.10"
    private_ip_address_allocation = "Static"
  }
}
resource "azurerm_network_interface_backend_address_pool_association" "a" {
  network_interface_id    = azurerm_network_interface.nva1.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.nvas.id
}`;
      const r = ok(await importTerraform(tf));
      expect(lbView(r.topology).backendPools[0]!.frontendIpHolder).toBe('appliance');
    }
  });
});

describe('inferHolders', () => {
  const sql = (os: 'windows' | 'ubuntu', os2: 'windows' | 'ubuntu' = os) =>
    topology({
      vms: [vm('VM1', '10.0.0.4', { os }), vm('VM2', '10.0.0.5', { os: os2 })],
      probes: [{ name: 'p', protocol: 'Tcp', port: 59999 }],
      rules: [rule('listener', { frontendPort: 1433, backendPort: 1433, floatingIp: true, probe: 'p' })],
    });

  it('SQL Server on Linux members is a Pacemaker cluster (Learn: SQL Server listener on Linux)', () => {
    expect(holders(inferHolders(sql('ubuntu'), none).topology)).toEqual(['cluster-pacemaker']);
    expect(holders(inferHolders(sql('windows'), none).topology)).toEqual(['cluster-windows']);
  });

  it('members with both Windows and Linux keep the default, with an info in English and Japanese', () => {
    const r = inferHolders(sql('windows', 'ubuntu'), none);
    expect(holders(r.topology)).toEqual([undefined]);
    expect(r.notes.map((n) => n.key)).toEqual(['import.holder.mixedOs']);
    expect(render(r.notes[0]!, 'ja')).toContain('Windows と Linux が混在');
  });

  it('a probe on 1433 itself is answered by every member: no cluster', () => {
    const t = sql('windows');
    t.probes = [{ name: 'p', protocol: 'Tcp', port: 1433 }];
    expect(inferHolders(t, none)).toEqual({ topology: t, notes: [] });
  });

  it('a Floatplan export states every pool: nothing is inferred, and an unlisted pool is every-member', () => {
    const t = sql('windows');
    t.backendPools = [{ ...t.backendPools[0]!, frontendIpHolder: 'cluster-windows' }];
    const r = inferHolders(t, { ...none, stated: new Map() });
    expect(holders(r.topology)).toEqual([undefined]);
    expect(r.notes).toEqual([]);
  });

  it("knows the SAP probe port ranges of Microsoft's guides", () => {
    expect([61999, 62000, 62199, 62200, 62499, 62500, 62599, 62600].map(isSapProbePort)).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('exports carry the holder back', () => {
  const nva = topology({
    loadBalancer: { name: 'ilb', sku: 'Standard', type: 'Internal' },
    frontends: [{ name: 'fe', ip: '10.0.1.10' }],
    backendPools: [{ name: 'nvas', members: ['VM1', 'VM2'], frontendIpHolder: 'appliance' }],
    rules: [rule('ha', { frontend: 'fe', backendPool: 'nvas', protocol: 'All', frontendPort: 0, backendPort: 0 })],
  });

  it('Terraform turns IP forwarding on for appliance NICs and states the holders', () => {
    const tf = exportTopology(nva, 'terraform').text;
    expect(tf.match(/ip_forwarding_enabled\s*=\s*true/g)).toHaveLength(2);
    expect(tf).toMatch(/floatplan_pool_holders = \[\n\s+\{ pool = "nvas", holder = "appliance" \},/);
  });

  it('the Azure CLI script names the NIC update with --ip-forwarding true', () => {
    expect(exportTopology(nva, 'azcli').text).toContain(
      `# az network nic update --resource-group "$RESOURCE_GROUP" --name 'VM1-nic' --ip-forwarding true`,
    );
  });

  it('Bicep states the holders as file metadata, and its import reads them back', async () => {
    const t = {
      ...nva,
      backendPools: [...nva.backendPools, { name: "sap 'ascs'", members: [], frontendIpHolder: 'cluster-pacemaker' as const }],
    };
    const bicep = exportTopology(t, 'bicep').text;
    expect(bicep).toContain('need enableIPForwarding: true');
    const r = ok(await importBicep(bicep));
    expect(holders(lbView(r.topology))).toEqual(['appliance', 'cluster-pacemaker']);
    // Every Bicep export now carries file metadata (the VMs and members, issue 16); the holders only when stated.
    expect(exportTopology(topology(), 'bicep').text).not.toContain('metadata floatplanPoolHolders');
  });

  it('ARM keeps the holders in metadata, and an export without any leaves the key out', () => {
    const meta = JSON.parse(exportTopology(nva, 'arm').text).metadata;
    expect(meta.floatplanPoolHolders).toEqual({ nvas: 'appliance' });
    expect(meta.floatplanNote).toContain('enableIPForwarding: true');
    expect(JSON.parse(exportTopology(topology(), 'arm').text).metadata.floatplanPoolHolders).toBeUndefined();
  });
});
