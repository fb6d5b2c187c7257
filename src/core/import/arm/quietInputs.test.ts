// What the import does not need does not warn (issue 16): dependsOn lists, and parameters without a value that only
// build resources the plan does not read. A parameter the load balancer needs still warns.
import { describe, expect, it } from 'vitest';
import { imported as ok } from '../imported.testing';
import { withEnglish } from '../withEnglish.testing';
import { importArm } from './importArm';
import { lbView } from '../../topology/design';

const template = (lbName: string) => ({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  parameters: { adminPassword: { type: 'securestring' }, lbName: { type: 'string' } },
  resources: [
    {
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm1',
      dependsOn: ["[resourceId('Microsoft.Network/networkInterfaces/', 'nic1')]", "[reference('nowhere').id]", '[bogus(]'],
      properties: { osProfile: { adminPassword: "[parameters('adminPassword')]" } },
    },
    {
      type: 'Microsoft.Network/loadBalancers',
      name: lbName,
      dependsOn: ["[resourceId('Microsoft.Network/publicIPAddresses', parameters('adminPassword'))]"],
      sku: { name: 'Standard' },
      properties: { frontendIPConfigurations: [{ name: 'fe', properties: { privateIPAddress: '10.0.0.4' } }] },
    },
  ],
});

describe('quiet inputs', () => {
  it('says nothing about dependsOn or a parameter only a VM password uses', async () => {
    const r = ok(await importArm(JSON.stringify(template('lb'))));
    expect(lbView(r.topology).loadBalancer.name).toBe('lb');
    expect(withEnglish(r.diagnostics)).toEqual([]);
  });

  it('still warns, once, about a parameter the load balancer needs', async () => {
    const r = ok(await importArm(JSON.stringify(template("[parameters('lbName')]"))));
    const paths = r.diagnostics.map((d) => d.path);
    expect(paths).toEqual(['parameters.lbName', 'resources[1].name']);
    expect(withEnglish(r.diagnostics)[0]!.message).toMatch(/^Parameter 'lbName' has no value/);
  });
});
