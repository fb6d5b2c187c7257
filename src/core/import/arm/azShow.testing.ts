// `az network lb show` outputs, old and new, shared by the ARM importer's tests.
export const SUB = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb';

/** `az network lb show` output as older az versions print it: flattened properties, `enableFloatingIP`, `frontendIPConfiguration`. */
export const azOld = {
  backendAddressPools: [
    {
      backendIPConfigurations: [
        {
          id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/vm1-nic/ipConfigurations/ipconfig1',
          resourceGroup: 'rg',
        },
      ],
      id: `${SUB}/backendAddressPools/pool`,
      name: 'pool',
      resourceGroup: 'rg',
    },
  ],
  frontendIPConfigurations: [
    {
      id: `${SUB}/frontendIPConfigurations/fe`,
      name: 'fe',
      privateIPAddress: '10.1.0.10',
      privateIPAllocationMethod: 'Static',
      resourceGroup: 'rg',
    },
  ],
  id: SUB,
  loadBalancingRules: [
    {
      backendAddressPool: { id: `${SUB}/backendAddressPools/pool`, resourceGroup: 'rg' },
      backendAddressPools: [{ id: `${SUB}/backendAddressPools/pool`, resourceGroup: 'rg' }],
      backendPort: 1433,
      enableFloatingIP: true,
      frontendIPConfiguration: { id: `${SUB}/frontendIPConfigurations/fe`, resourceGroup: 'rg' },
      frontendPort: 1433,
      idleTimeoutInMinutes: 4,
      name: 'sql',
      probe: { id: `${SUB}/probes/p59999`, resourceGroup: 'rg' },
      protocol: 'Tcp',
      resourceGroup: 'rg',
    },
  ],
  location: 'westeurope',
  name: 'lb',
  probes: [
    {
      id: `${SUB}/probes/p59999`,
      intervalInSeconds: 5,
      name: 'p59999',
      numberOfProbes: 2,
      port: 59999,
      probeThreshold: 2,
      protocol: 'Tcp',
      resourceGroup: 'rg',
    },
  ],
  provisioningState: 'Succeeded',
  resourceGroup: 'rg',
  sku: { name: 'Standard', tier: 'Regional' },
  type: 'Microsoft.Network/loadBalancers',
};

/** Newer az versions: `enableFloatingIp`, `frontendIpConfiguration(s)`, lower-case protocol. */
export const azNew = JSON.parse(
  JSON.stringify(azOld)
    .replace(/"enableFloatingIP"/g, '"enableFloatingIp"')
    .replace(/"frontendIPConfiguration/g, '"frontendIpConfiguration')
    .replace(/"protocol":"Tcp"/g, '"protocol":"tcp"'),
);
