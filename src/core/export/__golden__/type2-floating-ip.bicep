// Floatplan export: Bicep module for the topology "Two frontends with floating IP (rule type 2)".
// Generated text; deterministic for the same topology.

@description('Location of the load balancer.')
param location string = resourceGroup().location

@description('Resource id of the Standard public IP for the frontend FIP1 (planned address 65.52.0.1).')
param publicIpId_FIP1 string

@description('Resource id of the Standard public IP for the frontend FIP2 (planned address 65.52.0.2).')
param publicIpId_FIP2 string

var lbName = 'lb'

// What the template has no place for, read back by Floatplan on import: the planned public addresses (Azure
// assigns them), the VMs, and the pool members and NAT rule targets, which Azure sets on each VM NIC
// (ipConfigurations[].properties.loadBalancerBackendAddressPools / loadBalancerInboundNatRules), not here.
metadata generator = 'Floatplan'
metadata floatplanTopology = 'Two frontends with floating IP (rule type 2)'
metadata floatplanDescription = 'The source page\'s rule type 2: two frontend IPs, both on TCP 80, reuse backend port 80 on the same VMs because floating IP is on. Each VM holds 65.52.0.1 and 65.52.0.2 on its loopback.'
metadata floatplanFrontendAddresses = {
  FIP1: '65.52.0.1'
  FIP2: '65.52.0.2'
}
metadata floatplanPoolMembers = {
  pool: [
    'VM1'
    'VM2'
  ]
}
metadata floatplanVms = [
  {
    name: 'VM1'
    os: 'windows'
    nic: {
      name: 'Ethernet'
      ip: '10.0.0.4'
    }
  }
  {
    name: 'VM2'
    os: 'ubuntu'
    nic: {
      name: 'eth0'
      ip: '10.0.0.5'
    }
  }
]

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
