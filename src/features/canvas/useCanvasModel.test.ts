import { describe, expect, it } from 'vitest';
import { rule, topology as build } from '../../core/testing/builders';
import { lbView } from '../../core/topology/design';
import type { Topology } from '../../core/topology/schema';
import { asV2 } from './flowInput.testing';
import type { FrameRect } from './groups';
import { deleteAll } from './useDeletion';
import { placeNodes } from './useCanvasModel';

// `lb` (FE1, FE2 → r1 → pool of VM1, VM2) and an empty internal `ilb`, framed side by side.
const one = asV2(build());
const t: Topology = {
  ...one,
  loadBalancers: [
    one.loadBalancers[0]!,
    {
      name: 'ilb',
      sku: 'Standard',
      type: 'Internal',
      frontends: [],
      backendPools: [],
      probes: [],
      rules: [rule('ha', { frontend: '', backendPool: '' })],
    },
  ],
};
const frames: FrameRect[] = [
  { loadBalancer: 'lb', left: 0, top: 0, right: 1000, bottom: 500 },
  { loadBalancer: 'ilb', left: 0, top: 600, right: 1000, bottom: 900 },
];
const size = () => ({ width: 200, height: 80 });

describe('dropping nodes on the canvas', () => {
  it('stores a position inside its own frame, or outside every frame, under the node’s layout key', () => {
    const next = placeNodes(t, { 'lb/frontend:FE1': { x: 10, y: 20 }, 'vm:VM1': { x: 1200, y: 700 } }, frames, size);
    expect(next.layout).toEqual({ 'lb/frontend:FE1': { x: 10, y: 20 }, 'vm:VM1': { x: 1200, y: 700 } });
    expect(next.loadBalancers).toBe(t.loadBalancers);
  });

  it('moves an element dropped in another load balancer’s frame there, in the same edit, with its position', () => {
    const next = placeNodes(t, { 'lb/backendPool:pool': { x: 100, y: 700 } }, frames, size);
    expect(lbView(next, 'ilb').backendPools.map((p) => [p.name, p.members])).toEqual([['pool', ['VM1', 'VM2']]]);
    expect(lbView(next, 'lb').backendPools).toEqual([]);
    expect(lbView(next, 'lb').rules[0]!.backendPool).toBe('');
    expect(next.layout?.['ilb/backendPool:pool']).toEqual({ x: 100, y: 700 });
  });

  it('never moves a VM: VMs belong to every load balancer', () => {
    const next = placeNodes(t, { 'vm:VM2': { x: 100, y: 700 } }, frames, size);
    expect(next.loadBalancers).toBe(t.loadBalancers);
    expect(next.layout?.['vm:VM2']).toEqual({ x: 100, y: 700 });
  });
});

describe('deleting from a canvas of several load balancers', () => {
  it('deletes an element from its own load balancer only, and a VM from every pool', () => {
    const both: Topology = {
      ...t,
      loadBalancers: [t.loadBalancers[0]!, { ...t.loadBalancers[1]!, backendPools: [{ name: 'pool', members: ['VM1'] }] }],
    };
    const pool = deleteAll(both, { nodeIds: ['ilb/backendPool:pool'], edges: [] });
    expect(lbView(pool, 'ilb').backendPools).toEqual([]);
    expect(lbView(pool, 'lb').backendPools).toEqual(both.loadBalancers[0]!.backendPools);
    const vm = deleteAll(both, { nodeIds: ['vm:VM1'], edges: [] });
    expect(vm.vms.map((v) => v.name)).toEqual(['VM2']);
    expect(vm.loadBalancers.map((lb) => lb.backendPools[0]!.members)).toEqual([['VM2'], []]);
  });

  it('removes a wire between load balancers: the Gateway chain it draws', () => {
    const chained: Topology = {
      ...t,
      loadBalancers: [
        {
          ...t.loadBalancers[0]!,
          frontends: [{ name: 'FE1', ip: '203.0.113.1', gatewayLoadBalancer: { loadBalancer: 'gw', frontend: 'nva' } }],
        },
        {
          name: 'gw',
          sku: 'Gateway',
          type: 'Internal',
          frontends: [{ name: 'nva', ip: '10.0.9.4' }],
          backendPools: [],
          probes: [],
          rules: [],
        },
      ],
    };
    const next = deleteAll(chained, { nodeIds: [], edges: [{ id: 'x', source: 'lb/frontend:FE1', target: 'gw/frontend:nva' }] });
    expect(next.loadBalancers[0]!.frontends[0]).toEqual({ name: 'FE1', ip: '203.0.113.1' });
  });
});
