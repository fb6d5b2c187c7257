import { describe, expect, it } from 'vitest';
import { importDefinition } from './importDefinition';
import { withEnglish } from './withEnglish.testing';
import { lbView } from '../topology/design';

const REST = JSON.stringify({
  id: '/x',
  name: 'lb',
  properties: { frontendIPConfigurations: [{ name: 'fe', properties: { privateIPAddress: '10.0.0.9' } }], loadBalancingRules: [] },
});

describe('importDefinition', () => {
  it('detects ARM JSON and dispatches to the ARM importer', async () => {
    const r = await importDefinition(REST);
    expect(r).toMatchObject({ ok: true, format: 'arm', counts: { frontends: 1, rules: 0 } });
  });
  it('an explicit format wins over detection', async () => {
    const r = await importDefinition(REST, { format: 'terraform' });
    expect(r.format).toBe('terraform');
    expect(r.ok).toBe(false);
  }, 60_000);
  it('says what it accepts when the format cannot be detected', async () => {
    const r = await importDefinition('just some words');
    expect(withEnglish(r)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not look like an ARM template \(JSON\), Terraform \(HCL\) or Bicep/),
      diagnostics: [],
    });
  });
  it('passes --param values through to the ARM importer', async () => {
    const template = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      parameters: { port: { type: 'int' } },
      resources: [
        {
          type: 'Microsoft.Network/loadBalancers',
          name: 'lb',
          properties: {
            frontendIPConfigurations: [{ name: 'fe', properties: { privateIPAddress: '10.0.0.9' } }],
            backendAddressPools: [{ name: 'p' }],
            loadBalancingRules: [
              {
                name: 'r',
                properties: {
                  protocol: 'Tcp',
                  frontendPort: "[parameters('port')]",
                  backendPort: 80,
                  frontendIPConfiguration: { id: 'fe' },
                  backendAddressPool: { id: 'p' },
                },
              },
            ],
          },
        },
      ],
    });
    const without = await importDefinition(template);
    const withParam = await importDefinition(template, { params: { port: '8443' } });
    expect(without.ok && lbView(without.topology).rules[0]!.frontendPort).toBe(0);
    expect(without.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'ImportUnresolved', path: 'resources[0].properties.loadBalancingRules[0].properties.frontendPort' }),
    );
    expect(withParam.ok && lbView(withParam.topology).rules[0]!.frontendPort).toBe(8443);
  });
});
