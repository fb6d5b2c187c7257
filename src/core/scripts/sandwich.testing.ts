// Test-only: a design of two load balancers over the same appliances (format v2), for the design-level scripts and
// guest summaries.
import { rule, topology, vm } from '../testing/builders';
import { migrateV1 } from '../topology/design';
import type { Topology } from '../topology/schema';

// An NVA sandwich: a public load balancer and an internal HA-ports one, both with floating IP, over the same two
// appliances, each with its own probe on port 8080 (the same port: it is opened once). Both name their rule `web`.
export const pub = topology({
  loadBalancer: { name: 'public', sku: 'Standard', type: 'Public' },
  frontends: [{ name: 'fe', ip: '203.0.113.10' }],
  backendPools: [{ name: 'nvas', members: ['nva1', 'nva2'] }],
  probes: [{ name: 'health', protocol: 'Tcp', port: 8080 }],
  rules: [rule('web', { frontend: 'fe', backendPool: 'nvas', floatingIp: true, probe: 'health' })],
  vms: [vm('nva1', '10.0.1.4'), vm('nva2', '10.0.1.5'), vm('other', '10.0.1.6')],
});
const ilb = topology({
  loadBalancer: { name: 'ilb', sku: 'Standard', type: 'Internal' },
  frontends: [{ name: 'fe', ip: '10.0.2.10' }],
  backendPools: [{ name: 'nvas', members: ['nva1', 'nva2'] }],
  probes: [{ name: 'health', protocol: 'Tcp', port: 8080 }],
  rules: [
    rule('web', {
      frontend: 'fe',
      backendPool: 'nvas',
      protocol: 'All',
      frontendPort: 0,
      backendPort: 0,
      floatingIp: true,
      probe: 'health',
    }),
  ],
});
/** The public and internal load balancer over nva1 and nva2; `other` is in no pool. */
export const sandwich: Topology = {
  ...migrateV1(pub),
  loadBalancers: [migrateV1(pub).loadBalancers[0]!, migrateV1(ilb).loadBalancers[0]!],
};
