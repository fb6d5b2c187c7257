// Test fixture shared by the import limit tests (limits.test.ts in process, limits.hostile.test.ts in a child).

/** The smallest ARM load balancer that imports: one private frontend. */
export const LB = {
  type: 'Microsoft.Network/loadBalancers',
  apiVersion: '2024-05-01',
  name: 'lb',
  sku: { name: 'Standard' },
  properties: { frontendIPConfigurations: [{ name: 'fe', properties: { privateIPAddress: '10.0.0.4' } }] },
};
