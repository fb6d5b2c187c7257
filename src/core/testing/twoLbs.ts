// A design of two load balancers on the same two VMs, shared by the UI tests of multi-load-balancer views.
import { migrateV1 } from '../topology/design';
import type { Topology } from '../topology/schema';
import { rule, topology as build, vm } from './builders';

/**
 * "public": the builder's load balancer (rule r1 to VM1 and VM2); "ilb": an internal one whose rule web (no probe, so
 * a NoProbe warning of its own) reaches VM2. `name` names the design (the builder's default otherwise).
 * @example twoLbs('Two LBs').loadBalancers.map((lb) => lb.name) // ['public', 'ilb']
 */
export function twoLbs(name?: string): Topology {
  const one = migrateV1(build({ ...(name === undefined ? {} : { name }), vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')] }));
  const pub = { ...one.loadBalancers[0]!, name: 'public' };
  const ilb = {
    ...pub,
    name: 'ilb',
    type: 'Internal' as const,
    frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
    backendPools: [{ name: 'pool', members: ['VM2'] }],
    probes: [],
    rules: [rule('web', { probe: undefined, frontendPort: 8080, backendPort: 8080 })],
  };
  return { ...one, loadBalancers: [pub, ilb] };
}
