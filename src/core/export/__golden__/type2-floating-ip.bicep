// Floatplan export: Bicep module for the topology "Two frontends with floating IP (rule type 2)".
// Generated text; deterministic for the same topology.

@description('Location of the load balancer.')
param location string = resourceGroup().location

@description('Resource id of the Standard public IP for the frontend FIP1 (planned address 65.52.0.1).')
param publicIpId_FIP1 string

@description('Resource id of the Standard public IP for the frontend FIP2 (planned address 65.52.0.2).')
param publicIpId_FIP2 string

var lbName = 'lb'

// Azure assigns a public IP's address; Floatplan planned:
//   "FIP1": 65.52.0.1
//   "FIP2": 65.52.0.2

// Backend pool membership is set on each VM NIC (ipConfigurations[].properties.loadBalancerBackendAddressPools),
// not here. Planned members:
//   "pool": "VM1", "VM2"

resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: lbName
  location: location
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'FIP1'
        properties: {
          publicIPAddress: {
            id: publicIpId_FIP1
          }
        }
      }
      {
        name: 'FIP2'
        properties: {
          publicIPAddress: {
            id: publicIpId_FIP2
          }
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'pool'
      }
    ]
    probes: [
      {
        name: 'health1'
        properties: {
          protocol: 'Tcp'
          port: 8081
          intervalInSeconds: 5
          probeThreshold: 1
        }
      }
      {
        name: 'health2'
        properties: {
          protocol: 'Tcp'
          port: 8082
          intervalInSeconds: 5
          probeThreshold: 1
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'rule1'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbName, 'FIP1')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', lbName, 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', lbName, 'health1')
          }
          protocol: 'Tcp'
          frontendPort: 80
          backendPort: 80
          enableFloatingIP: true
          idleTimeoutInMinutes: 4
          enableTcpReset: false
          loadDistribution: 'Default'
          disableOutboundSnat: false
        }
      }
      {
        name: 'rule2'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbName, 'FIP2')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', lbName, 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', lbName, 'health2')
          }
          protocol: 'Tcp'
          frontendPort: 80
          backendPort: 80
          enableFloatingIP: true
          idleTimeoutInMinutes: 4
          enableTcpReset: false
          loadDistribution: 'Default'
          disableOutboundSnat: false
        }
      }
    ]
  }
}
