// Bicep is translated to ARM and imported by the ARM importer: NSGs (with symbolic `nsg.id` references) come along.
import { describe, expect, it } from 'vitest';
import { validate } from '../../validation/analyze';
import { importBicep } from './importBicep';
import { lbView } from '../../topology/design';

// An internal load balancer, one NIC in its pool with an NSG whose rule denies the AzureLoadBalancer probe.
const BICEP = `param location string = resourceGroup().location

resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'web-nsg'
  location: location
  properties: {
    securityRules: [
      {
        name: 'deny-probe'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: 'AzureLoadBalancer'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb'
  location: location
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe', properties: { privateIPAddress: '10.0.1.10', privateIPAllocationMethod: 'Static', subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'web') } } }
    ]
    backendAddressPools: [ { name: 'pool' } ]
    probes: [ { name: 'p80', properties: { protocol: 'Tcp', port: 80, intervalInSeconds: 5 } } ]
    loadBalancingRules: [
      {
        name: 'web'
        properties: {
          frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', 'fe') }
          backendAddressPool: { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb', 'pool') }
          probe: { id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb', 'p80') }
          protocol: 'Tcp'
          frontendPort: 80
          backendPort: 80
          enableFloatingIP: false
        }
      }
    ]
  }
}

resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {
  name: 'vm1-nic'
  location: location
  properties: {
    networkSecurityGroup: { id: nsg.id }
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          privateIPAllocationMethod: 'Static'
          privateIPAddress: '10.0.1.4'
          subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'web') }
          loadBalancerBackendAddressPools: [ { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb', 'pool') } ]
        }
      }
    ]
  }
}
`;

describe('Bicep import of NSGs', { timeout: 60_000 }, () => {
  it('reads the NSG, its rule and the NIC association, and the probe block is found', async () => {
    const r = await importBicep(BICEP);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.topology.networkSecurityGroups?.map((n) => [n.name, n.rules.map((x) => x.name), n.attachedTo])).toEqual([
      ['web-nsg', ['deny-probe'], [{ vm: 'vm1-nic', level: 'nic' }]],
    ]);
    expect(
      validate(lbView(r.topology))
        .filter((d) => d.code.startsWith('Nsg'))
        .map((d) => [d.code, d.elements]),
    ).toEqual([['NsgBlocksHealthProbe', ['p80', 'vm1-nic']]]);
  });
});
