import { describe, expect, it } from 'vitest';
import { exportTopology } from '../../export/export';
import { rule, topology } from '../../testing/builders';
import { outboundRule } from '../../validation/outboundCodeCases.testing';
import { errorOf } from '../text';
import { importArm } from './importArm';
import { lbView } from '../../topology/design';

const t = topology({
  rules: [rule('r1', { disableOutboundSnat: true })],
  outboundRules: [outboundRule('egress', ['FE2'], 'Tcp', { allocatedOutboundPorts: 8000, idleTimeoutMinutes: 30, enableTcpReset: true })],
});

async function imported(text: string) {
  const r = await importArm(text);
  if (!r.ok) throw new Error(errorOf(r));
  return r;
}

describe('ARM import of outbound rules', () => {
  it('reads back what the ARM export wrote', async () => {
    const r = await imported(exportTopology(t, 'arm').text);
    expect(lbView(r.topology).outboundRules).toEqual(t.outboundRules);
    expect(r.diagnostics.filter((d) => d.code === 'ImportIgnored' && /outbound/i.test(d.path ?? ''))).toEqual([]);
  });

  it('reads REST names from a plain load balancer, defaults left out, references resolved by id', async () => {
    const lb = {
      type: 'Microsoft.Network/loadBalancers',
      apiVersion: '2024-05-01',
      name: 'lb',
      sku: { name: 'Standard' },
      properties: {
        frontendIPConfigurations: [
          {
            name: 'out',
            properties: { publicIPAddress: { id: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/publicIPAddresses/pip' } },
          },
        ],
        backendAddressPools: [{ name: 'pool' }],
        outboundRules: [
          {
            name: 'egress',
            properties: {
              frontendIPConfigurations: [{ id: "[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', 'out')]" }],
              backendAddressPool: { id: "[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb', 'pool')]" },
              protocol: 'All',
            },
          },
        ],
      },
    };
    const r = await imported(
      JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', resources: [lb] }),
    );
    expect(lbView(r.topology).outboundRules).toEqual([{ name: 'egress', frontends: ['out'], backendPool: 'pool', protocol: 'All' }]);
  });
});
