// An internal Standard load balancer for a SQL Server listener: the health probe is missing from one rule.

param location string = resourceGroup().location
param subnetId string = '/subscriptions/0000/resourceGroups/rg-sql/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sql'

resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-sql'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-listener'
        properties: {
          privateIPAddress: '10.2.0.20'
          privateIPAllocationMethod: 'Static'
          subnet: {
            id: subnetId
          }
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'pool-sql'
      }
    ]
    probes: [
      {
        name: 'probe-59999'
        properties: {
          protocol: 'Tcp'
          port: 59999
          intervalInSeconds: 5
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'rule-listener'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-sql', 'fe-listener')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-sql', 'pool-sql')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-sql', 'probe-59999')
          }
          protocol: 'Tcp'
          frontendPort: 1433
          backendPort: 1433
          enableFloatingIP: true
          idleTimeoutInMinutes: 4
        }
      }
      {
        name: 'rule-endpoint'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-sql', 'fe-listener')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-sql', 'pool-sql')
          }
          protocol: 'Tcp'
          frontendPort: 5022
          backendPort: 5022
          enableFloatingIP: true
          idleTimeoutInMinutes: 4
        }
      }
    ]
  }
}
