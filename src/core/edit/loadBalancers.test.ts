import { describe, expect, it } from 'vitest';
import { rule, topology as build } from '../testing/builders';
import { lbView, migrateV1 } from '../topology/design';
import type { Topology } from '../topology/schema';
import { addLoadBalancer, canRemoveLoadBalancer, moveToLoadBalancer, removeLoadBalancer, renameLoadBalancer } from './loadBalancers';

// Load balancer `lb` (FE1 → r1 → pool of VM1, VM2) and an internal one, `ilb`, with its own frontend, rule and pool.
const one = migrateV1(build({ layout: { 'frontend:FE1': { x: 1, y: 2 }, 'vm:VM1': { x: 3, y: 4 } } }));
const two: Topology = {
  ...one,
  loadBalancers: [
    one.loadBalancers[0]!,
    {
      name: 'ilb',
      sku: 'Standard',
      type: 'Internal',
      frontends: [{ name: 'FE1', ip: '10.0.0.100' }],
      backendPools: [{ name: 'ha', members: ['VM1'] }],
      probes: [],
      rules: [rule('ha', { frontend: 'FE1', backendPool: 'ha' })],
    },
  ],
  layout: { ...one.layout, 'ilb/frontend:FE1': { x: 5, y: 6 } },
};

describe('adding a load balancer', () => {
  it('appends an empty Standard public one with a free name, and another after it', () => {
    const first = addLoadBalancer(one);
    expect(first.name).toBe('lb1');
    expect(first.topology.loadBalancers.at(-1)).toEqual({
      name: 'lb1',
      sku: 'Standard',
      type: 'Public',
      frontends: [],
      backendPools: [],
      probes: [],
      rules: [],
    });
    expect(addLoadBalancer(first.topology, { type: 'Internal' }).topology.loadBalancers.at(-1)).toMatchObject({
      name: 'lb2',
      type: 'Internal',
    });
    expect(first.topology.loadBalancers[0]).toBe(one.loadBalancers[0]);
  });
});

describe('renaming a load balancer', () => {
  it('renames it with its layout keys, and chains and Global pool members that name it follow', () => {
    const chained: Topology = {
      ...two,
      loadBalancers: [
        {
          ...two.loadBalancers[0]!,
          frontends: two.loadBalancers[0]!.frontends.map((f) => ({ ...f, gatewayLoadBalancer: { loadBalancer: 'ilb', frontend: 'FE1' } })),
        },
        two.loadBalancers[1]!,
      ],
      vms: two.vms.map((vm) => ({ ...vm, nic: { ...vm.nic, gatewayLoadBalancer: { loadBalancer: 'ilb', frontend: 'FE1' } } })),
    };
    const r = renameLoadBalancer(chained, 'ilb', 'nva');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.topology.loadBalancers.map((lb) => lb.name)).toEqual(['lb', 'nva']);
    expect(r.topology.layout).toEqual({ 'lb/frontend:FE1': { x: 1, y: 2 }, 'vm:VM1': { x: 3, y: 4 }, 'nva/frontend:FE1': { x: 5, y: 6 } });
    expect(r.topology.loadBalancers[0]!.frontends[0]!.gatewayLoadBalancer).toEqual({ loadBalancer: 'nva', frontend: 'FE1' });
    expect(r.topology.vms.map((vm) => vm.nic.gatewayLoadBalancer?.loadBalancer)).toEqual(['nva', 'nva']);
  });

  it('refuses a taken, empty or invalid name, and a load balancer that is not there, saying why', () => {
    expect(renameLoadBalancer(two, 'ilb', 'lb')).toEqual({ ok: false, reason: 'Another load balancer is already named "lb".' });
    expect(renameLoadBalancer(two, 'ilb', '')).toMatchObject({ ok: false, reason: 'A name cannot be empty.' });
    expect(renameLoadBalancer(two, 'ilb', 'a/b')).toMatchObject({ ok: false });
    expect(renameLoadBalancer(two, 'nope', 'x')).toEqual({ ok: false, reason: 'There is no load balancer named nope.' });
    expect(renameLoadBalancer(two, 'ilb', 'ilb')).toEqual({ ok: true, topology: two });
  });
});

describe('deleting a load balancer', () => {
  it('takes its elements and positions, and lets go of chains to it; the VMs stay', () => {
    const chained: Topology = {
      ...two,
      loadBalancers: [
        {
          ...two.loadBalancers[0]!,
          frontends: [{ name: 'FE1', ip: '203.0.113.1', gatewayLoadBalancer: { loadBalancer: 'ilb', frontend: 'FE1' } }],
        },
        two.loadBalancers[1]!,
      ],
    };
    const next = removeLoadBalancer(chained, 'ilb');
    expect(next.loadBalancers.map((lb) => lb.name)).toEqual(['lb']);
    expect(next.loadBalancers[0]!.frontends[0]).toEqual({ name: 'FE1', ip: '203.0.113.1' });
    expect(next.layout).toEqual({ 'lb/frontend:FE1': { x: 1, y: 2 }, 'vm:VM1': { x: 3, y: 4 } });
    expect(next.vms).toBe(two.vms);
  });

  it('takes only its own positions, not those of a load balancer whose name starts with its own', () => {
    const alike: Topology = {
      ...two,
      loadBalancers: [two.loadBalancers[0]!, { ...two.loadBalancers[1]!, name: 'lb/x' }],
      layout: { ...one.layout, 'lb/x/frontend:FE1': { x: 5, y: 6 } },
    };
    expect(removeLoadBalancer(alike, 'lb').layout).toEqual({ 'vm:VM1': { x: 3, y: 4 }, 'lb/x/frontend:FE1': { x: 5, y: 6 } });
  });

  it('keeps the last one, and says why', () => {
    expect(removeLoadBalancer(one, 'lb')).toBe(one);
    expect(canRemoveLoadBalancer(one, 'lb')).toBe('A design keeps at least one load balancer: add another before deleting lb.');
    expect(canRemoveLoadBalancer(two, 'ilb')).toBeUndefined();
    expect(canRemoveLoadBalancer(two, 'x', 'ja')).toBe('x という名前のロードバランサーはありません。');
  });
});

describe('moving an element to another load balancer', () => {
  it('moves a pool with its VMs; the rules that used it lose it', () => {
    const r = moveToLoadBalancer(two, 'lb', 'backendPool', 'pool', 'ilb', { x: 9, y: 9 });
    expect(r.name).toBe('pool');
    expect(lbView(r.topology, 'lb').backendPools).toEqual([]);
    expect(lbView(r.topology, 'lb').rules[0]!.backendPool).toBe('');
    expect(lbView(r.topology, 'ilb').backendPools.map((p) => [p.name, p.members])).toEqual([
      ['ha', ['VM1']],
      ['pool', ['VM1', 'VM2']],
    ]);
    expect(r.topology.layout?.['ilb/backendPool:pool']).toEqual({ x: 9, y: 9 });
  });

  it('renames a frontend whose name is taken there, and the chains naming it follow', () => {
    const gw: Topology = {
      ...two,
      loadBalancers: [
        ...two.loadBalancers,
        {
          name: 'g',
          sku: 'Standard',
          type: 'Public',
          tier: 'Global',
          frontends: [],
          backendPools: [{ name: 'p', members: [], regionalFrontends: [{ loadBalancer: 'lb', frontend: 'FE1' }] }],
          probes: [],
          rules: [],
        },
      ],
    };
    const r = moveToLoadBalancer(gw, 'lb', 'frontend', 'FE1', 'ilb');
    expect(r.name).toBe('FE1-1');
    expect(lbView(r.topology, 'ilb').frontends.map((f) => f.name)).toEqual(['FE1', 'FE1-1']);
    expect(lbView(r.topology, 'lb').rules[0]!.frontend).toBe('');
    expect(r.topology.loadBalancers[2]!.backendPools[0]!.regionalFrontends).toEqual([{ loadBalancer: 'ilb', frontend: 'FE1-1' }]);
    expect(r.topology.layout?.['lb/frontend:FE1']).toBeUndefined();
  });

  it('moves a rule unconnected, without its probe; changes nothing for a missing element or the same load balancer', () => {
    const r = moveToLoadBalancer(two, 'lb', 'rule', 'r1', 'ilb');
    expect(lbView(r.topology, 'ilb').rules.find((x) => x.name === 'r1')).toMatchObject({ frontend: '', backendPool: '' });
    expect(lbView(r.topology, 'ilb').rules.find((x) => x.name === 'r1')!.probe).toBeUndefined();
    expect(moveToLoadBalancer(two, 'lb', 'rule', 'nope', 'ilb').topology).toBe(two);
    expect(moveToLoadBalancer(two, 'lb', 'rule', 'r1', 'lb').topology).toBe(two);
  });
});
