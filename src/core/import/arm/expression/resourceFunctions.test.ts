import { describe, expect, it } from 'vitest';
import { isUnresolved, type Resolved } from '../resolved';
import { DEFAULT_SCOPE, type ExpressionContext } from './context';
import { evaluateString } from './evaluator';
import { EvalFailure } from './values';

const ctx: ExpressionContext = {
  scope: DEFAULT_SCOPE,
  parameter: (name) => (name === 'lb' ? 'lb1' : null),
  variable: () => {
    throw new EvalFailure('no variables here');
  },
  copyIndex: () => 0,
  reference: () => null,
};
const ev = (text: string): Resolved => evaluateString(text, ctx, 'p');
const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/resourceGroup`;

describe('resourceId', () => {
  it('builds IDs in the current resource group, interleaving type and name segments', () => {
    expect(ev("[resourceId('Microsoft.Network/loadBalancers', parameters('lb'))]")).toBe(
      `${RG}/providers/Microsoft.Network/loadBalancers/lb1`,
    );
    expect(ev("[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb1', 'fe1')]")).toBe(
      `${RG}/providers/Microsoft.Network/loadBalancers/lb1/frontendIPConfigurations/fe1`,
    );
    expect(ev("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet1/sub1')]")).toBe(
      `${RG}/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/sub1`,
    );
  });

  it('takes an optional resource group, or subscription and resource group, before the type', () => {
    expect(ev("[resourceId('otherRg', 'Microsoft.Network/publicIPAddresses', 'pip')]")).toBe(
      `/subscriptions/${SUB}/resourceGroups/otherRg/providers/Microsoft.Network/publicIPAddresses/pip`,
    );
    expect(ev("[resourceId('1111', 'otherRg', 'Microsoft.Network/loadBalancers/probes', 'lb', 'p')]")).toBe(
      '/subscriptions/1111/resourceGroups/otherRg/providers/Microsoft.Network/loadBalancers/lb/probes/p',
    );
  });

  it('takes a type written with a trailing slash, as ARM does (issue 16)', () => {
    expect(ev("[resourceId('Microsoft.Network/loadBalancers/backendAddressPools/', 'lb1', 'web')]")).toBe(
      `${RG}/providers/Microsoft.Network/loadBalancers/lb1/backendAddressPools/web`,
    );
    expect(ev("[resourceId('Microsoft.Network/virtualNetworks/subnets/', 'vnet1', 'sub1')]")).toBe(
      `${RG}/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/sub1`,
    );
    // A slash in the middle still leaves a type segment empty.
    const v = ev("[resourceId('Microsoft.Network//backendAddressPools', 'lb1', 'web')]");
    expect(isUnresolved(v) && v.reason).toContain('expects a resource type');
  });

  it('refuses a name count that does not match the type, saying how many are needed', () => {
    const v = ev("[resourceId('Microsoft.Network/loadBalancers/probes', 'lb1')]");
    expect(isUnresolved(v) && v.reason).toBe(
      "resourceId() for type 'Microsoft.Network/loadBalancers/probes' needs 2 name segments, got 1 ('lb1')",
    );
    const t = ev("[resourceId('lb1', 'fe')]");
    expect(isUnresolved(t) && t.reason).toContain('needs a resource type');
  });
});

describe('subscriptionResourceId, tenantResourceId, extensionResourceId', () => {
  it('builds subscription-, tenant- and extension-scoped IDs', () => {
    expect(ev("[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg1')]")).toBe(
      `/subscriptions/${SUB}/providers/Microsoft.Resources/resourceGroups/rg1`,
    );
    expect(ev("[subscriptionResourceId('2222', 'Microsoft.Resources/resourceGroups', 'rg1')]")).toBe(
      '/subscriptions/2222/providers/Microsoft.Resources/resourceGroups/rg1',
    );
    expect(ev("[tenantResourceId('Microsoft.Management/managementGroups', 'mg')]")).toBe(
      '/providers/Microsoft.Management/managementGroups/mg',
    );
    expect(
      ev("[extensionResourceId(resourceId('Microsoft.Network/loadBalancers', 'lb1'), 'Microsoft.Authorization/locks', 'lock1')]"),
    ).toBe(`${RG}/providers/Microsoft.Network/loadBalancers/lb1/providers/Microsoft.Authorization/locks/lock1`);
  });
});
