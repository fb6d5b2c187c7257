// The VM fields that decide an outbound path besides the load balancer: an instance-level public IP on the NIC's
// primary ip configuration, and a subnet that still gives default outbound access.
import { describe, expect, it } from 'vitest';
import { outboundPaths } from '../../outbound/outbound';
import { imported as ok } from '../imported.testing';
import { importArm } from './importArm';
import { lbView } from '../../topology/design';

const nic = (name: string, ip: string, subnet: string, publicIPAddress?: unknown) => ({
  type: 'Microsoft.Network/networkInterfaces',
  name,
  properties: {
    ipConfigurations: [
      {
        name: 'ipconfig1',
        properties: {
          privateIPAddress: ip,
          subnet: { id: `[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', '${subnet}')]` },
          ...(publicIPAddress ? { publicIPAddress } : {}),
          loadBalancerBackendAddressPools: [{ id: "[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb', 'pool')]" }],
        },
      },
    ],
  },
});

const template = {
  resources: [
    {
      type: 'Microsoft.Network/virtualNetworks',
      name: 'vnet',
      properties: {
        subnets: [
          { name: 'legacy', properties: { addressPrefix: '10.0.0.0/24', defaultOutboundAccess: true } },
          { name: 'private', properties: { addressPrefix: '10.0.1.0/24', defaultOutboundAccess: false } },
        ],
      },
    },
    {
      type: 'Microsoft.Network/loadBalancers',
      name: 'lb',
      sku: { name: 'Basic' },
      properties: {
        frontendIPConfigurations: [{ name: 'fe', properties: { privateIPAddress: '10.0.0.100' } }],
        backendAddressPools: [{ name: 'pool' }],
      },
    },
    nic('a-nic', '10.0.0.4', 'legacy'),
    nic('b-nic', '10.0.1.4', 'private', { id: "[resourceId('Microsoft.Network/publicIPAddresses', 'pip-b')]" }),
    nic('c-nic', '10.0.1.5', 'private', { id: '/x/publicIPAddresses/pip-c', properties: { ipAddress: '198.51.100.7' } }),
    nic('d-nic', '10.0.1.6', 'private'),
  ],
};

describe('ARM import: instance public IPs and default outbound access', () => {
  it('reads the public IP (its address when stated) and the subnet’s defaultOutboundAccess', async () => {
    const r = ok(await importArm(JSON.stringify(template)));
    expect(r.topology.vms.map((v) => [v.name, v.nic.publicIp, v.defaultOutboundAccess])).toEqual([
      ['a-nic', undefined, true],
      ['b-nic', true, undefined],
      ['c-nic', '198.51.100.7', undefined],
      ['d-nic', undefined, undefined],
    ]);
    // Behind a Basic internal load balancer each VM then has the path Azure gives it.
    expect(outboundPaths(lbView(r.topology)).map((p) => p.kind)).toEqual([
      'default-outbound-access',
      'instance-public-ip',
      'instance-public-ip',
      'none',
    ]);
  });
});
