// IPv6 placeholders (RFC 3849) and the NAT gateway flag in the shapes the fixtures do not cover: a private IPv6
// frontend, a public IP printed inline (REST with $expand), an IPv6 public IP prefix, and a subnet declared as a
// resource of its own.
import { describe, expect, it } from 'vitest';
import { imported as ok } from '../imported.testing';
import { importArm } from './importArm';
import { lbView } from '../../topology/design';

const bare = <T>(x: T): T => JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === 'placeholders' ? undefined : v))) as T;
const lbResource = (frontendIPConfigurations: unknown[]) => ({
  type: 'Microsoft.Network/loadBalancers',
  name: 'lb',
  sku: { name: 'Standard' },
  properties: { frontendIPConfigurations, backendAddressPools: [{ name: 'pool' }] },
});

describe('IP versions', () => {
  it('gives a Dynamic private IPv6 frontend an IPv6 documentation address', async () => {
    const t = {
      resources: [
        lbResource([
          { name: 'v4', properties: { privateIPAllocationMethod: 'Dynamic' } },
          { name: 'v6', properties: { privateIPAllocationMethod: 'Dynamic', privateIPAddressVersion: 'IPv6' } },
        ]),
      ],
    };
    const r = ok(await importArm(JSON.stringify(t)));
    expect(bare(lbView(r.topology).frontends)).toEqual([
      { name: 'v4', ip: '198.51.100.10' },
      { name: 'v6', ip: '2001:db8:0:1::a' },
    ]);
  });

  it('reads the version of an inline public IP (REST $expand) and of an IPv6 public IP prefix', async () => {
    const rest = {
      name: 'lb',
      id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb',
      properties: {
        provisioningState: 'Succeeded',
        frontendIPConfigurations: [
          {
            name: 'fe6',
            properties: { publicIPAddress: { id: '/x/publicIPAddresses/pip6', properties: { publicIPAddressVersion: 'IPv6' } } },
          },
        ],
      },
    };
    expect(bare(lbView(ok(await importArm(JSON.stringify(rest))).topology).frontends)).toEqual([{ name: 'fe6', ip: '2001:db8::a' }]);
    const prefix = {
      resources: [
        { type: 'Microsoft.Network/publicIPPrefixes', name: 'px6', properties: { publicIPAddressVersion: 'IPv6', prefixLength: 124 } },
        lbResource([{ name: 'fe', properties: { publicIPPrefix: { id: "[resourceId('Microsoft.Network/publicIPPrefixes', 'px6')]" } } }]),
      ],
    };
    expect(bare(lbView(ok(await importArm(JSON.stringify(prefix))).topology).frontends)).toEqual([{ name: 'fe', ip: '2001:db8::a' }]);
  });
});

describe('NAT gateway subnets', () => {
  it('marks the VMs of a subnet resource that has a NAT gateway, and no other', async () => {
    const nic = (name: string, subnet: string) => ({
      type: 'Microsoft.Network/networkInterfaces',
      name,
      properties: {
        ipConfigurations: [
          {
            name: 'ipconfig1',
            properties: {
              privateIPAddress: name === 'a-nic' ? '10.0.0.4' : '10.0.1.4',
              subnet: { id: `[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', '${subnet}')]` },
              loadBalancerBackendAddressPools: [
                { id: "[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb', 'pool')]" },
              ],
            },
          },
        ],
      },
    });
    const t = {
      resources: [
        { type: 'Microsoft.Network/virtualNetworks', name: 'vnet', properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } } },
        {
          type: 'Microsoft.Network/virtualNetworks/subnets',
          name: 'vnet/egress',
          properties: { addressPrefix: '10.0.0.0/24', natGateway: { id: "[resourceId('Microsoft.Network/natGateways', 'nat')]" } },
        },
        { type: 'Microsoft.Network/virtualNetworks/subnets', name: 'vnet/plain', properties: { addressPrefix: '10.0.1.0/24' } },
        lbResource([{ name: 'fe', properties: { privateIPAddress: '10.0.0.100' } }]),
        nic('a-nic', 'egress'),
        nic('b-nic', 'plain'),
      ],
    };
    const r = ok(await importArm(JSON.stringify(t)));
    expect(bare(r.topology.vms).map((v) => [v.name, v.natGateway])).toEqual([
      ['a-nic', true],
      ['b-nic', undefined],
    ]);
  });
});

describe('a deployed dual-stack load balancer (az network lb show)', () => {
  const ipconfig = (nic: string, cfg: string) =>
    `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/${nic}/ipConfigurations/${cfg}`;
  const fe = (name: string) => ({
    id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb/frontendIPConfigurations/${name}`,
  });
  const pool = (name: string) => ({
    id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb/backendAddressPools/${name}`,
  });
  const az = {
    name: 'lb',
    provisioningState: 'Succeeded',
    sku: { name: 'Standard' },
    frontendIPConfigurations: [
      { name: 'fe4', privateIPAddress: '10.0.0.100', privateIPAddressVersion: 'IPv4' },
      { name: 'fe6', privateIPAddress: 'fd00:db8:deca::100', privateIPAddressVersion: 'IPv6' },
    ],
    backendAddressPools: [
      { name: 'pool4', backendIPConfigurations: [{ id: ipconfig('vm1-nic', 'ipv4') }, { id: ipconfig('vm2-nic', 'ipv4') }] },
      { name: 'pool6', backendIPConfigurations: [{ id: ipconfig('vm1-nic', 'ipv6') }, { id: ipconfig('vm2-nic', 'ipv6') }] },
    ],
    loadBalancingRules: [
      {
        name: 'r4',
        frontendIPConfiguration: fe('fe4'),
        backendAddressPool: pool('pool4'),
        protocol: 'Tcp',
        frontendPort: 80,
        backendPort: 80,
      },
      {
        name: 'r6',
        frontendIPConfiguration: fe('fe6'),
        backendAddressPool: pool('pool6'),
        protocol: 'Tcp',
        frontendPort: 80,
        backendPort: 80,
      },
    ],
  };

  it('gives the IPv6 pool members IPv6 secondary addresses of the same VMs', async () => {
    const r = ok(await importArm(JSON.stringify(az)));
    expect(bare(r.topology.vms)).toEqual([
      { name: 'vm1-nic', os: 'linux', nic: { name: 'eth0', ip: '192.0.2.10', secondaryIps: ['2001:db8:0:2::a'] } },
      { name: 'vm2-nic', os: 'linux', nic: { name: 'eth0', ip: '192.0.2.11', secondaryIps: ['2001:db8:0:2::b'] } },
    ]);
    expect(bare(lbView(r.topology).backendPools)).toEqual([
      { name: 'pool4', members: ['vm1-nic', 'vm2-nic'] },
      {
        name: 'pool6',
        members: [
          { vm: 'vm1-nic', ip: '2001:db8:0:2::a' },
          { vm: 'vm2-nic', ip: '2001:db8:0:2::b' },
        ],
      },
    ]);
  });
});
