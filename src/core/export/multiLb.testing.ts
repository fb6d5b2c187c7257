// Test-only: version 2 topologies of several load balancers, shaped after Learn's designs (SOURCES.md beside the
// import fixtures names the pages): an NVA sandwich, a cross-region (Global tier) design, and a Gateway chain.
import type { Topology } from '../topology/schema';

/**
 * A public load balancer and an internal HA-ports load balancer on the same two appliances (Architecture Center,
 * "Deploy highly available NVAs": the public one for inbound, the internal one for east-west and outbound).
 */
export function nvaSandwich(): Topology {
  return {
    version: 2,
    name: 'NVA sandwich',
    loadBalancers: [
      {
        name: 'lb-public',
        sku: 'Standard',
        type: 'Public',
        frontends: [{ name: 'fe-web', ip: '203.0.113.10' }],
        backendPools: [{ name: 'nva-untrust', members: ['nva1', 'nva2'], frontendIpHolder: 'appliance' }],
        probes: [{ name: 'tcp-22', protocol: 'Tcp', port: 22 }],
        rules: [
          {
            name: 'https',
            frontend: 'fe-web',
            backendPool: 'nva-untrust',
            protocol: 'Tcp',
            frontendPort: 443,
            backendPort: 443,
            floatingIp: true,
            probe: 'tcp-22',
            disableOutboundSnat: true,
          },
        ],
      },
      {
        name: 'lb-internal',
        sku: 'Standard',
        type: 'Internal',
        frontends: [{ name: 'fe-trust', ip: '10.0.2.10' }],
        backendPools: [{ name: 'nva-trust', members: ['nva1', 'nva2'], frontendIpHolder: 'appliance' }],
        probes: [{ name: 'tcp-22', protocol: 'Tcp', port: 22 }],
        rules: [
          {
            name: 'ha-ports',
            frontend: 'fe-trust',
            backendPool: 'nva-trust',
            protocol: 'All',
            frontendPort: 0,
            backendPort: 0,
            floatingIp: false,
            probe: 'tcp-22',
          },
        ],
      },
    ],
    vms: [
      { name: 'nva1', os: 'ubuntu', nic: { name: 'nva1-nic', ip: '10.0.2.4' }, natGateway: true },
      { name: 'nva2', os: 'ubuntu', nic: { name: 'nva2-nic', ip: '10.0.2.5' }, natGateway: true },
    ],
  };
}

/**
 * Two regional public load balancers behind a cross-region (Global tier) one whose pool holds their frontends
 * (Learn, "Cross-region load balancer": Standard, public, no health probe of its own).
 */
export function crossRegion(): Topology {
  const regional = (region: string, ip: string, vm: string) => ({
    name: `lb-${region}`,
    sku: 'Standard' as const,
    type: 'Public' as const,
    frontends: [{ name: `fe-${region}`, ip }],
    backendPools: [{ name: `web-${region}`, members: [vm] }],
    probes: [{ name: 'http', protocol: 'Http', port: 80, requestPath: '/' }],
    rules: [
      {
        name: 'http',
        frontend: `fe-${region}`,
        backendPool: `web-${region}`,
        protocol: 'Tcp',
        frontendPort: 80,
        backendPort: 80,
        floatingIp: false,
        probe: 'http',
      },
    ],
  });
  return {
    version: 2,
    name: 'Cross-region web',
    loadBalancers: [
      {
        name: 'lb-global',
        sku: 'Standard',
        type: 'Public',
        tier: 'Global',
        frontends: [{ name: 'fe-global', ip: '198.51.100.20' }],
        backendPools: [
          {
            name: 'regions',
            members: [],
            regionalFrontends: [
              { loadBalancer: 'lb-east', frontend: 'fe-east' },
              { loadBalancer: 'lb-west', frontend: 'fe-west' },
            ],
          },
        ],
        probes: [],
        rules: [
          {
            name: 'http',
            frontend: 'fe-global',
            backendPool: 'regions',
            protocol: 'Tcp',
            frontendPort: 80,
            backendPort: 80,
            floatingIp: false,
          },
        ],
      },
      regional('east', '203.0.113.30', 'web-e1'),
      regional('west', '203.0.113.40', 'web-w1'),
    ],
    vms: [
      { name: 'web-e1', os: 'ubuntu', nic: { name: 'web-e1-nic', ip: '10.1.0.4' } },
      { name: 'web-w1', os: 'ubuntu', nic: { name: 'web-w1-nic', ip: '10.2.0.4' } },
    ],
  };
}

/**
 * A public load balancer's frontend chained to a Gateway load balancer of two appliances (Learn, "Gateway load
 * balancer": the consumer's frontend names the provider's frontend; VXLAN to the appliances and back).
 */
export function gatewayChain(): Topology {
  return {
    version: 2,
    name: 'Gateway chain',
    loadBalancers: [
      {
        name: 'lb-app',
        sku: 'Standard',
        type: 'Public',
        frontends: [{ name: 'fe-app', ip: '203.0.113.50', gatewayLoadBalancer: { loadBalancer: 'lb-gw', frontend: 'fe-gw' } }],
        backendPools: [{ name: 'app', members: ['app1'] }],
        probes: [{ name: 'http', protocol: 'Tcp', port: 80 }],
        rules: [
          {
            name: 'http',
            frontend: 'fe-app',
            backendPool: 'app',
            protocol: 'Tcp',
            frontendPort: 80,
            backendPort: 80,
            floatingIp: false,
            probe: 'http',
          },
        ],
      },
      {
        name: 'lb-gw',
        sku: 'Gateway',
        type: 'Internal',
        frontends: [{ name: 'fe-gw', ip: '10.9.0.10' }],
        backendPools: [{ name: 'nvas', members: ['gw1', 'gw2'], frontendIpHolder: 'appliance' }],
        probes: [{ name: 'health', protocol: 'Tcp', port: 8080 }],
        rules: [
          {
            name: 'all',
            frontend: 'fe-gw',
            backendPool: 'nvas',
            protocol: 'All',
            frontendPort: 0,
            backendPort: 0,
            floatingIp: true,
            probe: 'health',
          },
        ],
      },
    ],
    vms: [
      { name: 'app1', os: 'ubuntu', nic: { name: 'app1-nic', ip: '10.8.0.4' } },
      { name: 'gw1', os: 'ubuntu', nic: { name: 'gw1-nic', ip: '10.9.0.4' } },
      { name: 'gw2', os: 'ubuntu', nic: { name: 'gw2-nic', ip: '10.9.0.5' } },
    ],
  };
}
