import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import { validate } from '../../validation/analyze';
import { importArm } from './importArm';
import { lbView } from '../../topology/design';

const NET = 'Microsoft.Network';
const id = (type: string, ...names: string[]) => `[resourceId('${NET}/${type}', ${names.map((n) => `'${n}'`).join(', ')})]`;
const pool = { id: id('loadBalancers/backendAddressPools', 'lb', 'pool') };

function nic(name: string, ip: string, nsg?: string) {
  return {
    type: `${NET}/networkInterfaces`,
    apiVersion: '2024-05-01',
    name,
    properties: {
      ...(nsg ? { networkSecurityGroup: { id: id('networkSecurityGroups', nsg) } } : {}),
      ipConfigurations: [
        {
          name: 'ipconfig1',
          properties: {
            privateIPAllocationMethod: 'Static',
            privateIPAddress: ip,
            subnet: { id: id('virtualNetworks/subnets', 'vnet', 'web') },
            loadBalancerBackendAddressPools: [pool],
          },
        },
      ],
    },
  };
}

// A public load balancer with a floating rule on 203.0.113.10:443, two NICs in its pool; the subnet's NSG allows the
// NIC addresses only (the mistake issue 15 is about), NIC nsg-1 allows everything, and a separate rule resource denies
// the probe on NIC nsg-1.
const template = {
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  resources: [
    {
      type: `${NET}/loadBalancers`,
      apiVersion: '2024-05-01',
      name: 'lb',
      location: 'westeurope',
      sku: { name: 'Standard' },
      properties: {
        frontendIPConfigurations: [{ name: 'fe', properties: { publicIPAddress: { id: id('publicIPAddresses', 'pip') } } }],
        backendAddressPools: [{ name: 'pool' }],
        probes: [{ name: 'p443', properties: { protocol: 'Tcp', port: 443, intervalInSeconds: 5 } }],
        loadBalancingRules: [
          {
            name: 'https',
            properties: {
              frontendIPConfiguration: { id: id('loadBalancers/frontendIPConfigurations', 'lb', 'fe') },
              backendAddressPool: pool,
              probe: { id: id('loadBalancers/probes', 'lb', 'p443') },
              protocol: 'Tcp',
              frontendPort: 443,
              backendPort: 443,
              enableFloatingIP: true,
            },
          },
        ],
      },
    },
    {
      type: `${NET}/publicIPAddresses`,
      apiVersion: '2024-05-01',
      name: 'pip',
      sku: { name: 'Standard' },
      properties: { publicIPAllocationMethod: 'Static', ipAddress: '203.0.113.10' },
    },
    {
      type: `${NET}/networkSecurityGroups`,
      apiVersion: '2024-05-01',
      name: 'subnet-nsg',
      properties: {
        securityRules: [
          {
            name: 'web-to-nics',
            properties: {
              priority: 300,
              direction: 'Inbound',
              access: 'Allow',
              protocol: 'Tcp',
              sourceAddressPrefix: 'Internet',
              sourcePortRange: '*',
              destinationAddressPrefixes: ['10.0.0.4', '10.0.0.5'],
              destinationPortRange: '443',
            },
          },
        ],
      },
    },
    { type: `${NET}/networkSecurityGroups`, apiVersion: '2024-05-01', name: 'nsg-1', properties: {} },
    {
      type: `${NET}/networkSecurityGroups/securityRules`,
      apiVersion: '2024-05-01',
      name: 'nsg-1/deny-lb',
      properties: {
        priority: 100,
        direction: 'Inbound',
        access: 'Deny',
        protocol: '*',
        sourceAddressPrefix: 'AzureLoadBalancer',
        sourcePortRange: '*',
        destinationAddressPrefix: '*',
        destinationPortRange: '*',
      },
    },
    {
      type: `${NET}/virtualNetworks`,
      apiVersion: '2024-05-01',
      name: 'vnet',
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [
          {
            name: 'web',
            properties: { addressPrefix: '10.0.0.0/24', networkSecurityGroup: { id: id('networkSecurityGroups', 'subnet-nsg') } },
          },
        ],
      },
    },
    nic('vm1-nic', '10.0.0.4', 'nsg-1'),
    nic('vm2-nic', '10.0.0.5'),
    {
      type: 'Microsoft.Compute/virtualMachines',
      apiVersion: '2024-07-01',
      name: 'vm1',
      properties: { networkProfile: { networkInterfaces: [{ id: id('networkInterfaces', 'vm1-nic') }] } },
    },
  ],
};

describe('ARM import of NSGs', () => {
  it('reads inline and child security rules and the NIC and subnet associations of the pool members', async () => {
    const r = await importArm(JSON.stringify(template));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const nsgs = r.topology.networkSecurityGroups!;
    expect(nsgs.map((n) => [n.name, n.attachedTo])).toEqual([
      [
        'subnet-nsg',
        [
          { vm: 'vm1', level: 'subnet' },
          { vm: 'vm2-nic', level: 'subnet' },
        ],
      ],
      ['nsg-1', [{ vm: 'vm1', level: 'nic' }]],
    ]);
    expect(nsgs[0]!.rules[0]).toEqual({
      name: 'web-to-nics',
      priority: 300,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourceAddressPrefixes: ['Internet'],
      sourcePortRanges: ['*'],
      destinationAddressPrefixes: ['10.0.0.4', '10.0.0.5'],
      destinationPortRanges: ['443'],
    });
    expect(nsgs[1]!.rules.map((x) => [x.name, x.access, x.sourceAddressPrefixes])).toEqual([['deny-lb', 'Deny', ['AzureLoadBalancer']]]);
  });

  it('the imported NSGs raise the warnings: floating rule blocked on both VMs, probe blocked on vm1', async () => {
    const r = await importArm(JSON.stringify(template));
    if (!r.ok) throw new Error('import failed');
    const found = validate(lbView(r.topology)).filter((d) => d.code.startsWith('Nsg'));
    expect(found.map((d) => [d.code, d.elements])).toEqual([
      ['NsgBlocksHealthProbe', ['p443', 'vm1']],
      ['NsgBlocksLoadBalancerTraffic', ['https', 'vm1', 'vm2-nic']],
    ]);
    expect(messageOf(found[1]!)).toContain('subnet-nsg rule DenyAllInBound');
  });

  it('leaves a template without NSGs as it was', async () => {
    const r = await importArm(
      JSON.stringify({ ...template, resources: template.resources.filter((x) => !x.type.includes('SecurityGroups')) }),
    );
    expect(r.ok && r.topology.networkSecurityGroups).toBe(undefined);
  });
});
