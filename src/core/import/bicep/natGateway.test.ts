// Issue 16, item 3 in Bicep: a nested `subnets` resource with `natGateway: { id: nat.id }` marks the VMs in it.
import { describe, expect, it } from 'vitest';
import { imported as ok } from '../imported.testing';
import { importBicep } from './importBicep';

const BICEP = `resource nat 'Microsoft.Network/natGateways@2023-09-01' = {
  name: 'nat'
  location: 'westeurope'
  sku: { name: 'Standard' }
}
resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
  }
  resource backend 'subnets' = {
    name: 'backend'
    properties: { addressPrefix: '10.0.0.0/24', natGateway: { id: nat.id } }
  }
}
resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [{ name: 'fe', properties: { privateIPAddress: '10.0.0.100', subnet: { id: vnet::backend.id } } }]
    backendAddressPools: [{ name: 'pool' }]
  }
}
resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
  name: 'vm1-nic'
  location: 'westeurope'
  properties: {
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          privateIPAddress: '10.0.0.4'
          subnet: { id: vnet::backend.id }
          loadBalancerBackendAddressPools: [{ id: lb.properties.backendAddressPools[0].id }]
        }
      }
    ]
  }
}
`;

describe('Bicep: a subnet with a NAT gateway', () => {
  it('sets natGateway on the VM whose NIC is in it', async () => {
    const r = ok(await importBicep(BICEP));
    expect(r.topology.vms.map((v) => [v.name, v.nic.ip, v.natGateway])).toEqual([['vm1-nic', '10.0.0.4', true]]);
  });

  it('sets nothing when the subnet has none', async () => {
    const r = ok(await importBicep(BICEP.replace(', natGateway: { id: nat.id }', '')));
    expect(r.topology.vms.map((v) => v.natGateway)).toEqual([undefined]);
  });
});
