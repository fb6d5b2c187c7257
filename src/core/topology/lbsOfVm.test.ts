import { describe, expect, it } from 'vitest';
import { natRule, topology, vm } from '../testing/builders';
import { migrateV1 } from './design';
import { lbsOfVm } from './lbsOfVm';
import type { Topology } from './schema';

// Two load balancers over VM1..VM3: "public" pools VM1 and VM2; "ilb" pools VM2 ({ vm, ip } form) and NATs to VM3.
function twoLbs(): Topology {
  const one = migrateV1(topology({ vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5'), vm('VM3', '10.0.0.6')] }));
  const first = { ...one.loadBalancers[0]!, name: 'public', backendPools: [{ name: 'pool', members: ['VM1', 'VM2'] }] };
  const second = {
    ...first,
    name: 'ilb',
    backendPools: [{ name: 'pool', members: [{ vm: 'VM2', ip: '10.0.0.5' }] }],
    inboundNatRules: [natRule('ssh', { target: 'VM3' })],
  };
  return { ...one, loadBalancers: [first, second] };
}

describe('lbsOfVm', () => {
  it('names every load balancer whose pools or NAT rules reach the VM, in order', () => {
    const t = twoLbs();
    expect(lbsOfVm(t, 'VM1')).toEqual(['public']);
    expect(lbsOfVm(t, 'VM2')).toEqual(['public', 'ilb']);
    expect(lbsOfVm(t, 'VM3')).toEqual(['ilb']);
  });

  it('names none for a VM no load balancer reaches', () => {
    expect(lbsOfVm(twoLbs(), 'nobody')).toEqual([]);
  });
});
