import { describe, expect, it } from 'vitest';
import { natRule, vm } from '../testing/builders';
import { following, followVms, mapFrontendRefs, nameChanges } from './frontendRefs';
import type { FrontendRef, Topology } from './schema';

const ref = (loadBalancer: string, frontend: string): FrontendRef => ({ loadBalancer, frontend });

// Every place a FrontendRef can sit: a frontend's chain, a Global pool (two members), a NIC's chain; and one
// load balancer (`plain`) and one VM that name nothing.
const design: Topology = {
  version: 2,
  name: 'refs',
  loadBalancers: [
    { name: 'gw', sku: 'Gateway', type: 'Internal', frontends: [{ name: 'fe', ip: '10.0.9.4' }], backendPools: [], probes: [], rules: [] },
    {
      name: 'app',
      sku: 'Standard',
      type: 'Public',
      frontends: [
        { name: 'pip', ip: '203.0.113.5', gatewayLoadBalancer: ref('gw', 'fe') },
        { name: 'other', ip: '203.0.113.6' },
      ],
      backendPools: [{ name: 'p', members: ['nva1'] }],
      probes: [],
      rules: [],
    },
    {
      name: 'global',
      sku: 'Standard',
      type: 'Public',
      tier: 'Global',
      frontends: [],
      backendPools: [{ name: 'regions', members: [], regionalFrontends: [ref('app', 'pip'), ref('gw', 'fe')] }],
      probes: [],
      rules: [],
    },
    { name: 'plain', sku: 'Standard', type: 'Internal', frontends: [], backendPools: [], probes: [], rules: [] },
  ],
  vms: [{ ...vm('nva1', '10.0.9.5'), nic: { name: 'eth0', ip: '10.0.9.5', gatewayLoadBalancer: ref('gw', 'fe') } }, vm('web', '10.0.0.4')],
};

describe('mapFrontendRefs', () => {
  it('visits every reference once: frontends’ and NICs’ chains and Global pool members', () => {
    const seen: string[] = [];
    mapFrontendRefs(design, (r) => (seen.push(`${r.loadBalancer}/${r.frontend}`), r));
    expect(seen.sort()).toEqual(['app/pip', 'gw/fe', 'gw/fe', 'gw/fe']);
  });

  it('gives back the same object when nothing changed, and keeps whatever names nothing changed', () => {
    expect(mapFrontendRefs(design, (r) => r)).toBe(design);
    const next = mapFrontendRefs(design, (r) => (r.loadBalancer === 'app' ? ref('app2', r.frontend) : r));
    expect(next).not.toBe(design);
    expect(next.loadBalancers[2]!.backendPools[0]!.regionalFrontends).toEqual([ref('app2', 'pip'), ref('gw', 'fe')]);
    expect(next.loadBalancers.filter((lb, i) => lb === design.loadBalancers[i]).map((lb) => lb.name)).toEqual(['gw', 'app', 'plain']);
    expect(next.vms).toBe(design.vms);
  });

  it('a reference let go leaves no field and no list member behind; an emptied pool list stays, empty', () => {
    const next = mapFrontendRefs(design, () => null);
    expect(next.loadBalancers[1]!.frontends[0]).toEqual({ name: 'pip', ip: '203.0.113.5' });
    expect(next.loadBalancers[1]!.frontends[1]).toBe(design.loadBalancers[1]!.frontends[1]);
    expect(next.loadBalancers[2]!.backendPools[0]!.regionalFrontends).toEqual([]);
    expect(next.vms[0]!.nic).not.toHaveProperty('gatewayLoadBalancer');
    expect(next.vms[1]).toBe(design.vms[1]);
  });
});

describe('following', () => {
  it('a renamed load balancer, then its renamed and deleted frontends, in one pass', () => {
    const edit = following('gw2', { from: 'gw', frontends: new Map([['fe', 'fe2']]) });
    expect(edit(ref('gw', 'fe'))).toEqual(ref('gw2', 'fe2'));
    expect(edit(ref('gw', 'x'))).toEqual(ref('gw2', 'x'));
    const kept = ref('app', 'fe');
    expect(edit(kept)).toBe(kept);
    expect(following('gw', { frontends: new Map([['fe', null]]) })(ref('gw', 'fe'))).toBeNull();
  });
});

describe('followVms and nameChanges', () => {
  it('renames and drops VMs in pools and NAT targets; a load balancer naming none stays the same object', () => {
    const lb = {
      ...design.loadBalancers[1]!,
      backendPools: [{ name: 'p', members: ['nva1', { vm: 'web', ip: '10.0.0.4' }] }],
      inboundNatRules: [natRule('ssh', { frontend: 'pip', target: 'web' })],
    };
    const next = followVms(
      lb,
      new Map([
        ['web', 'web1'],
        ['nva1', null],
      ]),
    );
    expect(next.backendPools[0]!.members).toEqual([{ vm: 'web1', ip: '10.0.0.4' }]);
    expect(next.inboundNatRules![0]!.target).toBe('web1');
    expect(followVms(lb, new Map([['web', null]])).inboundNatRules![0]).not.toHaveProperty('target');
    expect(followVms(lb, new Map([['absent', 'x']]))).toBe(lb);
  });

  it('reads a rename in place, a deletion from a shorter list, nothing from the same list or a reorder', () => {
    const names = (...n: string[]) => n.map((name) => ({ name }));
    expect(nameChanges(names('a', 'b'), names('a', 'c'))).toEqual(new Map([['b', 'c']]));
    expect(nameChanges(names('a', 'b'), names('b'))).toEqual(new Map([['a', null]]));
    expect(nameChanges(names('a', 'b'), names('b', 'a'))).toBeUndefined();
    const same = names('a');
    expect(nameChanges(same, same)).toBeUndefined();
  });
});
