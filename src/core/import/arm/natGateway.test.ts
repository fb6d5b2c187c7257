import { describe, expect, it } from 'vitest';
import type { Resource } from './membership';
import { expressionKey, inNatGatewaySubnet, natGatewaySubnets } from './natGateway';
import { unresolved } from './resolved';
import { defaultOutboundSubnets } from './vmOutbound';

const gone = (path: string, expression: string) => unresolved("parameter 'projectName' has no value", expression, path);
const config = (id: unknown) => ({ value: { properties: { subnet: { id } } }, path: 'nic.properties.ipConfigurations[0]' });

describe('subnets whose names cannot be evaluated', () => {
  // cross-region quickstart without projectName: the subnet resource's name and the NIC's subnet id are both built
  // from variables('vnetR1Name'), which depends on projectName; the subnet has a NAT gateway all the same.
  const subnet = (name: string, props: object): Resource => ({
    type: 'Microsoft.Network/virtualNetworks/subnets',
    path: `subnet:${name}`,
    value: { name: gone('n', `[format('{0}/{1}', variables('vnetR1Name'), variables('${name}'))]`), properties: props },
    fullName: gone('n', `[format('{0}/{1}', variables('vnetR1Name'), variables('${name}'))]`),
  });
  const resources = [
    subnet('backend', { natGateway: { id: gone('g', "[resourceId('Microsoft.Network/natGateways', 'g')]") } }),
    subnet('bastion', {}),
  ];
  const nicIn = (name: string) =>
    config(gone('i', `[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('vnetR1Name'), variables('${name}'))]`));

  it('are matched by the expressions their names are made of', () => {
    const nat = natGatewaySubnets(resources);
    expect(inNatGatewaySubnet(nicIn('backend'), nat)).toBe(true);
    expect(inNatGatewaySubnet(nicIn('bastion'), nat)).toBe(false);
    expect(
      inNatGatewaySubnet(
        config(gone('i', "[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('vnetR2Name'), variables('backend'))]")),
        nat,
      ),
    ).toBe(false);
  });

  it('reads format, concat and resourceId alike, and leaves copyIndex() names alone', () => {
    const key = "?variables('v')/'s'";
    expect(expressionKey("[format('{0}/{1}', variables('v'), 's')]")).toBe(key);
    expect(expressionKey("[concat(variables('V'), '/', 'S')]")).toBe(key);
    expect(expressionKey("[resourceId('rg', 'Microsoft.Network/virtualNetworks/subnets/', variables('v'), 's')]")).toBe(key);
    expect(expressionKey("[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', variables('v'), 's')]")).toBeUndefined();
    expect(expressionKey("[format('{0}/{1}', variables('v'), concat('s', copyIndex()))]")).toBeUndefined();
  });

  it('a virtual network whose name is unresolved keys its inline subnets the same way', () => {
    const vnet: Resource = {
      type: 'Microsoft.Network/virtualNetworks',
      path: 'vnet',
      value: {
        name: gone('vnet.name', "[parameters('vnetName')]"),
        properties: { subnets: [{ name: 'legacy', properties: { defaultOutboundAccess: true } }] },
      },
    };
    const open = defaultOutboundSubnets([vnet]);
    expect(
      inNatGatewaySubnet(
        config(gone('i', "[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('vnetName'), 'legacy')]")),
        open,
      ),
    ).toBe(true);
  });
});
