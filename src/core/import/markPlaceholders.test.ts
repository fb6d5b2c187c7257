import { describe, expect, it } from 'vitest';
import { lbView } from '../topology/design';
import { importDefinition } from './importDefinition';
import type { LbTopology } from '../topology/schema';

async function imported(text: string, params?: Record<string, string>): Promise<LbTopology> {
  const r = await importDefinition(text, params ? { params } : {});
  if (!r.ok) throw new Error('import failed');
  return lbView(r.topology);
}

const arm = (frontendProps: object, rule: object = {}) =>
  JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { feName: { type: 'string' }, port: { type: 'int' } },
    resources: [
      {
        type: 'Microsoft.Network/loadBalancers',
        apiVersion: '2023-09-01',
        name: 'lb',
        sku: { name: 'Standard' },
        properties: {
          frontendIPConfigurations: [{ name: "[parameters('feName')]", properties: frontendProps }],
          backendAddressPools: [{ name: 'pool' }],
          loadBalancingRules: [
            {
              name: 'r1',
              properties: {
                frontendIPConfiguration: {
                  id: "[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', parameters('feName'))]",
                },
                backendAddressPool: { id: "[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb', 'pool')]" },
                protocol: 'Tcp',
                frontendPort: "[parameters('port')]",
                backendPort: 80,
                enableFloatingIP: true,
                ...rule,
              },
            },
          ],
        },
      },
    ],
  });

describe('import marks placeholders on the element that holds them', () => {
  it('marks an unresolved name, an allocated address and an unresolved port', async () => {
    const t = await imported(arm({ privateIPAllocationMethod: 'Dynamic', subnet: { id: 'x' } }));
    const fe = t.frontends[0]!;
    expect(fe.name).toBe('<feName>');
    expect(fe.placeholders).toEqual([
      { field: 'name', reason: 'unresolved', source: "[parameters('feName')]" },
      { field: 'ip', reason: 'allocatedByAzure', source: expect.stringContaining('frontendIPConfigurations[0]') },
    ]);
    expect(t.rules[0]!.placeholders).toEqual([{ field: 'frontendPort', reason: 'unresolved', source: "[parameters('port')]" }]);
    expect(t.backendPools[0]!.placeholders).toBeUndefined();
  });

  it('marks an unresolved address with its expression', async () => {
    const t = await imported(arm({ privateIPAddress: "[parameters('feName')]", subnet: { id: 'x' } }));
    expect(t.frontends[0]!.placeholders).toContainEqual({ field: 'ip', reason: 'unresolved', source: "[parameters('feName')]" });
  });

  it('marks nothing when every value is given', async () => {
    const t = await imported(arm({ privateIPAddress: '10.0.0.4', subnet: { id: 'x' } }), { feName: 'fe', port: '1433' });
    expect(t.frontends[0]).toEqual({ name: 'fe', ip: '10.0.0.4' });
    expect(t.rules[0]!.placeholders).toBeUndefined();
  });

  it('marks a Terraform frontend whose address is a variable without value', async () => {
    const tf = `
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  frontend_ip_configuration {
    name               = "fe"
    subnet_id          = "x"
    private_ip_address = var.fe_ip
  }
}`;
    const t = await imported(tf);
    expect(t.frontends[0]!.placeholders).toEqual([{ field: 'ip', reason: 'unresolved', source: 'var.fe_ip' }]);
  });
});
