// Test-only: small topologies for each frontendIpHolder mode, shared by the trace, diagram and CLI tests.
import type { FrontendIpHolder, LbTopology } from '../topology/schema';
import { rule, topology, vm } from './builders';

/** A SQL listener-like pool: sql1/sql2 behind an internal frontend 10.0.1.10, Tcp 1433, probe 59999. */
export function clusterTopology(holder: FrontendIpHolder = 'cluster-windows', floatingIp = true): LbTopology {
  return topology({
    loadBalancer: { name: 'lb-sql', sku: 'Standard', type: 'Internal' },
    frontends: [{ name: 'listener', ip: '10.0.1.10' }],
    backendPools: [{ name: 'sql', members: ['sql1', 'sql2'], frontendIpHolder: holder }],
    probes: [{ name: 'p59999', protocol: 'Tcp', port: 59999 }],
    rules: [rule('sql', { frontend: 'listener', backendPool: 'sql', frontendPort: 1433, backendPort: 1433, floatingIp, probe: 'p59999' })],
    vms: [vm('sql1', '10.0.1.4', { os: 'windows' }), vm('sql2', '10.0.1.5', { os: 'windows' })],
  });
}

/** Two forwarding appliances behind an HA-ports rule on 10.0.2.10, floating IP off as in Microsoft's quickstart. */
export function applianceTopology(floatingIp = false): LbTopology {
  return topology({
    loadBalancer: { name: 'lb-nva', sku: 'Standard', type: 'Internal' },
    frontends: [{ name: 'nva-frontend', ip: '10.0.2.10' }],
    backendPools: [{ name: 'appliances', members: ['nva1', 'nva2'], frontendIpHolder: 'appliance' }],
    probes: [{ name: 'ssh', protocol: 'Tcp', port: 22 }],
    rules: [
      rule('ha-ports', {
        frontend: 'nva-frontend',
        backendPool: 'appliances',
        protocol: 'All',
        frontendPort: 0,
        backendPort: 0,
        floatingIp,
        probe: 'ssh',
      }),
    ],
    vms: [vm('nva1', '10.0.2.4'), vm('nva2', '10.0.2.5')],
  });
}
