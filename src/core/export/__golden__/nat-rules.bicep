// Floatplan export: Bicep module for the topology "Inbound NAT rules".
// Generated text; deterministic for the same topology.

@description('Location of the load balancer.')
param location string = resourceGroup().location

@description('Resource id of the Standard public IP for the frontend FIP1 (planned address 203.0.113.10).')
param publicIpId_FIP1 string

@description('Resource id of the Standard public IP for the frontend FIP2 (planned address 203.0.113.11).')
param publicIpId_FIP2 string

var lbName = 'lb-nat'

// What the template has no place for, read back by Floatplan on import: the planned public addresses (Azure
// assigns them), the VMs, and the pool members and NAT rule targets, which Azure sets on each VM NIC
// (ipConfigurations[].properties.loadBalancerBackendAddressPools / loadBalancerInboundNatRules), not here.
metadata generator = 'Floatplan'
metadata floatplanTopology = 'Inbound NAT rules'
metadata floatplanDescription = 'A load-balanced web rule plus two inbound NAT rules: floating to a secondary IP configuration, and RDP to one VM.'
metadata floatplanFrontendAddresses = {
  FIP1: '203.0.113.10'
  FIP2: '203.0.113.11'
}
metadata floatplanPoolMembers = {
  pool: [
    'VM1'
    'VM2'
  ]
}
metadata floatplanNatRuleTargets = {
  'sql-listener': 'VM2 (10.0.0.6)'
  'rdp-vm1': 'VM1'
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
      secondaryIps: [
        '10.0.0.6'
      ]
    }
    natGateway: true
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
        name: 'health'
        properties: {
          protocol: 'Tcp'
          port: 8081
          intervalInSeconds: 5
          probeThreshold: 1
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'web'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbName, 'FIP1')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', lbName, 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', lbName, 'health')
          }
          protocol: 'Tcp'
          frontendPort: 80
          backendPort: 80
          enableFloatingIP: false
          idleTimeoutInMinutes: 4
          enableTcpReset: false
          loadDistribution: 'Default'
          disableOutboundSnat: false
        }
      }
    ]
    inboundNatRules: [
      {
        name: 'sql-listener'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbName, 'FIP2')
          }
          protocol: 'Tcp'
          frontendPort: 1433
          backendPort: 1433
          enableFloatingIP: true
          idleTimeoutInMinutes: 15
          enableTcpReset: true
        }
      }
      {
        name: 'rdp-vm1'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbName, 'FIP1')
          }
          protocol: 'Tcp'
          frontendPort: 50001
          backendPort: 3389
          enableFloatingIP: false
          idleTimeoutInMinutes: 4
          enableTcpReset: false
        }
      }
    ]
  }
}
