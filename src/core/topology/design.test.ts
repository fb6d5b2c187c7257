import { describe, expect, it } from 'vitest';
import { natRule, rule, topology, vm } from '../testing/builders';
import { HOSTILE_NAMES } from '../testing/hostile';
import { inLb, layoutKey, lbIndex, lbView, lbViews, migrateV1, withLb } from './design';
import type { LbTopology, Topology } from './schema';

/** A public load balancer and an internal one over the same two VMs, a Gateway load balancer, and a NIC chained to it. */
function design(): Topology {
  const pub = migrateV1(
    topology({
      layout: { 'frontend:FE1': { x: 1, y: 1 }, 'vm:VM1': { x: 5, y: 5 } },
      inboundNatRules: [natRule('ssh', { target: 'VM2' })],
    }),
  );
  const ilb = {
    ...pub.loadBalancers[0]!,
    name: 'ilb',
    type: 'Internal' as const,
    frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
    backendPools: [{ name: 'pool', members: ['VM1', { vm: 'VM2', ip: '10.0.0.5' }] }],
    inboundNatRules: [natRule('rdp', { frontend: 'FE1', target: { vm: 'VM1', ip: '10.0.0.4' } })],
    rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0 })],
  };
  const gw = {
    name: 'gw',
    sku: 'Gateway' as const,
    type: 'Internal' as const,
    frontends: [{ name: 'nva', ip: '10.0.2.4' }],
    backendPools: [{ name: 'nvas', members: [] }],
    probes: [],
    rules: [],
  };
  const chained = {
    ...pub.loadBalancers[0]!,
    frontends: pub.loadBalancers[0]!.frontends.map((f) => ({ ...f, gatewayLoadBalancer: { loadBalancer: 'gw', frontend: 'nva' } })),
  };
  return {
    ...pub,
    loadBalancers: [chained, ilb, gw],
    vms: pub.vms.map((v) =>
      v.name === 'VM2' ? { ...v, nic: { ...v.nic, gatewayLoadBalancer: { loadBalancer: 'gw', frontend: 'nva' } } } : v,
    ),
    layout: { ...pub.layout, 'ilb/frontend:FE1': { x: 2, y: 2 }, 'gw/frontend:nva': { x: 3, y: 3 } },
  };
}

const renameVm =
  (from: string, to: string) =>
  (v: LbTopology): LbTopology => ({
    ...v,
    vms: v.vms.map((x) => (x.name === from ? { ...x, name: to } : x)),
    backendPools: v.backendPools.map((p) => ({ ...p, members: p.members.map((m) => (m === from ? to : m)) })),
  });

describe('one load balancer’s view of a v2 topology', () => {
  it('holds its own elements, the shared VMs, and its layout keys without their prefix', () => {
    const t = design();
    const view = lbView(t, 'ilb');
    expect(view.loadBalancer).toEqual({ name: 'ilb', sku: 'Standard', type: 'Internal' });
    expect(view.frontends).toBe(t.loadBalancers[1]!.frontends);
    expect(view.vms).toBe(t.vms);
    expect(view.layout).toEqual({ 'frontend:FE1': { x: 2, y: 2 }, 'vm:VM1': { x: 5, y: 5 } });
    expect(lbView(t, 0).layout).toEqual({ 'frontend:FE1': { x: 1, y: 1 }, 'vm:VM1': { x: 5, y: 5 } });
  });

  it('is the same object for the same topology, so caches keyed by it keep working', () => {
    const t = design();
    expect(lbView(t, 1)).toBe(lbView(t, 'ilb'));
    expect(lbViews(t)[2]).toBe(lbView(t, 'gw'));
    expect(lbIndex(t, 'nowhere')).toBe(-1);
    expect(() => lbView(t, 'nowhere')).toThrow(RangeError);
  });

  it('prefixes the layout keys of a load balancer’s elements, never a VM’s', () => {
    expect(layoutKey('ilb', 'frontend:FE1')).toBe('ilb/frontend:FE1');
    expect(layoutKey(undefined, 'vm:VM1')).toBe('vm:VM1');
    expect(migrateV1(topology({ layout: { 'rule:r1': { x: 0, y: 0 }, 'vm:VM2': { x: 1, y: 1 } } })).layout).toEqual({
      'lb/rule:r1': { x: 0, y: 0 },
      'vm:VM2': { x: 1, y: 1 },
    });
  });
});

describe('withLb: writing an edited view back', () => {
  it('gives back the same topology when the view did not change', () => {
    const t = design();
    expect(withLb(t, 1, lbView(t, 1))).toBe(t);
    expect(inLb('ilb', (v) => v)(t)).toBe(t);
    expect(inLb('nowhere', () => lbView(t, 0))(t)).toBe(t);
  });

  it('changes only that load balancer; the others stay the same objects', () => {
    const t = design();
    const next = inLb('ilb', (v) => ({ ...v, rules: v.rules.map((r) => ({ ...r, floatingIp: true })) }))(t);
    expect(next.loadBalancers[1]!.rules[0]!.floatingIp).toBe(true);
    expect(next.loadBalancers[0]).toBe(t.loadBalancers[0]);
    expect(next.loadBalancers[2]).toBe(t.loadBalancers[2]);
    expect(next.vms).toBe(t.vms);
  });

  it('an edit of one load balancer keeps the other load balancers’ views and the layout (per-view caches hold)', () => {
    const t = design();
    const [pub, ilb, gw] = lbViews(t);
    const next = inLb('ilb', (v) => ({ ...v, rules: v.rules.map((r) => ({ ...r, floatingIp: true })) }))(t);
    expect(next.layout).toBe(t.layout);
    expect(lbView(next, 0)).toBe(pub);
    expect(lbView(next, 2)).toBe(gw);
    const edited = lbView(next, 1);
    expect(edited).not.toBe(ilb);
    expect(edited.rules[0]!.floatingIp).toBe(true);
    expect(edited.layout).toBe(ilb!.layout);
  });

  it('a change of the layout, VMs or name gives every load balancer a new view with it', () => {
    const t = design();
    const pub = lbView(t, 0);
    const moved = inLb('ilb', (v) => ({ ...v, layout: { ...v.layout, 'vm:VM2': { x: 7, y: 7 } } }))(t);
    expect(lbView(moved, 0)).not.toBe(pub);
    expect(lbView(moved, 0).layout).toEqual({ ...pub.layout, 'vm:VM2': { x: 7, y: 7 } });
    const renamed = inLb('ilb', (v) => ({ ...v, name: 'other' }))(t);
    expect(lbView(renamed, 0).name).toBe('other');
    const added = inLb('ilb', (v) => ({ ...v, vms: [...v.vms, vm('VM3', '10.0.0.6')] }))(t);
    expect(lbView(added, 0).vms).toBe(added.vms);
  });

  it('a VM renamed in one view is renamed in every other load balancer’s pools and NAT targets', () => {
    const t = design();
    const next = inLb(0, renameVm('VM1', 'web1'))(t);
    expect(next.vms.map((v) => v.name)).toEqual(['web1', 'VM2']);
    expect(next.loadBalancers[0]!.backendPools[0]!.members).toEqual(['web1', 'VM2']);
    expect(next.loadBalancers[1]!.backendPools[0]!.members).toEqual(['web1', { vm: 'VM2', ip: '10.0.0.5' }]);
    expect(next.loadBalancers[1]!.inboundNatRules![0]!.target).toEqual({ vm: 'web1', ip: '10.0.0.4' });
    expect(next.loadBalancers[2]).toBe(t.loadBalancers[2]);
  });

  it('a VM removed in one view leaves every other load balancer’s pools, and NAT rules lose their target', () => {
    const t = design();
    const next = inLb(0, (v) => ({
      ...v,
      vms: v.vms.filter((x) => x.name !== 'VM2'),
      backendPools: v.backendPools.map((p) => ({ ...p, members: p.members.filter((m) => m !== 'VM2') })),
      inboundNatRules: [],
    }))(t);
    expect(next.vms.map((v) => v.name)).toEqual(['VM1']);
    expect(next.loadBalancers[1]!.backendPools[0]!.members).toEqual(['VM1']);
    expect(next.loadBalancers[1]!.inboundNatRules![0]!.target).toEqual({ vm: 'VM1', ip: '10.0.0.4' });
    // The other way round: removed in the internal one's view, the public one's NAT rule to it loses its target.
    const gone = inLb(1, (v) => ({ ...v, vms: v.vms.filter((x) => x.name !== 'VM2'), backendPools: [] }))(t);
    expect(gone.loadBalancers[0]!.backendPools[0]!.members).toEqual(['VM1']);
    expect(gone.loadBalancers[0]!.inboundNatRules![0]).not.toHaveProperty('target');
    expect(gone.loadBalancers[0]!.inboundNatRules![0]!.name).toBe('ssh');
  });

  it('a renamed load balancer: Gateway chains on frontends and NICs and layout keys follow', () => {
    const t = design();
    const next = inLb('gw', (v) => ({ ...v, loadBalancer: { ...v.loadBalancer, name: 'nva-gw' } }))(t);
    expect(next.loadBalancers.map((lb) => lb.name)).toEqual(['lb', 'ilb', 'nva-gw']);
    expect(next.loadBalancers[0]!.frontends.map((f) => f.gatewayLoadBalancer)).toEqual([
      { loadBalancer: 'nva-gw', frontend: 'nva' },
      { loadBalancer: 'nva-gw', frontend: 'nva' },
    ]);
    expect(next.vms[1]!.nic.gatewayLoadBalancer).toEqual({ loadBalancer: 'nva-gw', frontend: 'nva' });
    expect(next.layout).toEqual({
      'lb/frontend:FE1': { x: 1, y: 1 },
      'ilb/frontend:FE1': { x: 2, y: 2 },
      'nva-gw/frontend:nva': { x: 3, y: 3 },
      'vm:VM1': { x: 5, y: 5 },
    });
  });

  it('a renamed load balancer: a Global pool’s regional frontends follow', () => {
    const t = design();
    const global = {
      name: 'global',
      sku: 'Standard' as const,
      type: 'Public' as const,
      tier: 'Global' as const,
      frontends: [{ name: 'any', ip: '203.0.113.100' }],
      backendPools: [{ name: 'regions', members: [], regionalFrontends: [{ loadBalancer: 'lb', frontend: 'FE1' }] }],
      probes: [],
      rules: [],
    };
    const withGlobal = { ...t, loadBalancers: [...t.loadBalancers, global] };
    const next = inLb('lb', (v) => ({ ...v, loadBalancer: { ...v.loadBalancer, name: 'west' } }))(withGlobal);
    expect(next.loadBalancers[3]!.backendPools[0]!.regionalFrontends).toEqual([{ loadBalancer: 'west', frontend: 'FE1' }]);
  });

  it('a moved node is written under the load balancer’s prefix, a moved VM under its own key', () => {
    const t = design();
    const next = inLb('ilb', (v) => ({ ...v, layout: { ...v.layout, 'frontend:FE1': { x: 9, y: 9 }, 'vm:VM2': { x: 7, y: 7 } } }))(t);
    expect(next.layout).toMatchObject({
      'ilb/frontend:FE1': { x: 9, y: 9 },
      'lb/frontend:FE1': { x: 1, y: 1 },
      'gw/frontend:nva': { x: 3, y: 3 },
      'vm:VM2': { x: 7, y: 7 },
    });
    expect(lbView(next, 0).layout).toEqual({ 'frontend:FE1': { x: 1, y: 1 }, 'vm:VM1': { x: 5, y: 5 }, 'vm:VM2': { x: 7, y: 7 } });
  });

  it('a VM of the view keeps its own fields when written back (the VMs are shared, not copied)', () => {
    const t = design();
    const next = inLb('ilb', (v) => ({ ...v, vms: [...v.vms, vm('VM3', '10.0.0.6')] }))(t);
    expect(next.vms.map((v) => v.name)).toEqual(['VM1', 'VM2', 'VM3']);
    expect(next.vms[1]).toBe(t.vms[1]);
    expect(lbView(next, 0).vms).toBe(next.vms);
  });
});

describe('withLb: frontends other load balancers and NICs name', () => {
  // A Gateway load balancer `gw` whose frontend `fe` a public frontend and a NIC chain to, and a Global pool naming it.
  const design: Topology = {
    version: 2,
    name: 'chains',
    loadBalancers: [
      {
        name: 'gw',
        sku: 'Gateway',
        type: 'Internal',
        frontends: [{ name: 'fe', ip: '10.0.9.4' }],
        backendPools: [],
        probes: [],
        rules: [],
      },
      {
        name: 'app',
        sku: 'Standard',
        type: 'Public',
        frontends: [{ name: 'pip', ip: '203.0.113.5', gatewayLoadBalancer: { loadBalancer: 'gw', frontend: 'fe' } }],
        backendPools: [{ name: 'edge', members: [], regionalFrontends: [{ loadBalancer: 'gw', frontend: 'fe' }] }],
        probes: [],
        rules: [],
      },
    ],
    vms: [
      { ...vm('nva1', '10.0.9.5'), nic: { name: 'eth0', ip: '10.0.9.5', gatewayLoadBalancer: { loadBalancer: 'gw', frontend: 'fe' } } },
    ],
  };
  const withFrontends = (frontends: LbTopology['frontends']) => withLb(design, 'gw', { ...lbView(design, 'gw'), frontends });

  it('a renamed frontend is renamed in every chain and Global pool that names it', () => {
    const next = withFrontends([{ name: 'fe2', ip: '10.0.9.4' }]);
    const app = lbView(next, 'app');
    expect(app.frontends[0]!.gatewayLoadBalancer).toEqual({ loadBalancer: 'gw', frontend: 'fe2' });
    expect(app.backendPools[0]!.regionalFrontends).toEqual([{ loadBalancer: 'gw', frontend: 'fe2' }]);
    expect(next.vms[0]!.nic.gatewayLoadBalancer).toEqual({ loadBalancer: 'gw', frontend: 'fe2' });
  });

  it('a deleted frontend leaves no reference to it behind', () => {
    const next = withFrontends([]);
    const app = lbView(next, 'app');
    expect(app.frontends[0]).not.toHaveProperty('gatewayLoadBalancer');
    expect(app.backendPools[0]!.regionalFrontends).toEqual([]);
    expect(next.vms[0]!.nic).not.toHaveProperty('gatewayLoadBalancer');
  });

  it('an edit that keeps the frontends keeps the other load balancers as they were', () => {
    const next = withLb(design, 'gw', { ...lbView(design, 'gw'), rules: [] });
    expect(next.loadBalancers[1]).toBe(design.loadBalancers[1]);
    expect(next.vms).toBe(design.vms);
  });
});

describe('layout keys of load balancers whose names start alike', () => {
  // `a/b` is no name Azure or the loader takes (load.ts), but a design built in code may hold it: keys of `a/b` are
  // no keys of `a`, and an edit of `a` moves no position of `a/b` or of `b`.
  const lb = (name: string) => ({
    name,
    sku: 'Standard' as const,
    type: 'Internal' as const,
    frontends: [{ name: 'x', ip: '10.0.0.9' }],
    backendPools: [],
    probes: [],
    rules: [],
  });
  const t: Topology = {
    version: 2,
    name: 'alike',
    loadBalancers: [lb('a'), lb('a/b'), lb('b')],
    vms: [],
    layout: { 'a/frontend:x': { x: 1, y: 1 }, 'a/b/frontend:x': { x: 2, y: 2 }, 'b/frontend:x': { x: 3, y: 3 } },
  };

  it('each view holds only its own load balancer’s positions', () => {
    expect(lbView(t, 'a').layout).toEqual({ 'frontend:x': { x: 1, y: 1 } });
    expect(lbView(t, 'a/b').layout).toEqual({ 'frontend:x': { x: 2, y: 2 } });
    expect(lbView(t, 'b').layout).toEqual({ 'frontend:x': { x: 3, y: 3 } });
  });

  it('keeps every hostile name’s positions apart (paths, `..`, `/` at either end)', () => {
    const names = [...new Set([...HOSTILE_NAMES, '/', 'a/', '/a', '..', '.'])];
    const hostile: Topology = {
      ...t,
      loadBalancers: names.map(lb),
      layout: Object.fromEntries(names.map((n, i) => [layoutKey(n, 'frontend:x'), { x: i, y: i }])),
    };
    names.forEach((n, i) => expect(lbView(hostile, n).layout, n).toEqual({ 'frontend:x': { x: i, y: i } }));
  });

  it('moving a node of one keeps the others’ positions', () => {
    const view = lbView(t, 'a');
    const next = withLb(t, 'a', { ...view, layout: { 'frontend:x': { x: 9, y: 9 } } });
    expect(next.layout).toEqual({ 'a/frontend:x': { x: 9, y: 9 }, 'a/b/frontend:x': { x: 2, y: 2 }, 'b/frontend:x': { x: 3, y: 3 } });
  });
});

describe('renaming a load balancer keeps the others', () => {
  it('a load balancer that names nothing of the renamed one stays the same object, and so does its view', () => {
    const t = design();
    const view = lbView(t, 'ilb');
    const next = withLb(t, 'ilb', { ...view, loadBalancer: { ...view.loadBalancer, name: 'ilb2' } });
    expect(next.loadBalancers.map((lb) => lb.name)).toEqual(['lb', 'ilb2', 'gw']);
    expect(next.loadBalancers[0]).toBe(t.loadBalancers[0]);
    expect(next.loadBalancers[2]).toBe(t.loadBalancers[2]);
    expect(next.vms).toBe(t.vms);
  });
});
