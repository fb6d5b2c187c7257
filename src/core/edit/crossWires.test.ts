import { describe, expect, it } from 'vitest';
import { topology as build } from '../testing/builders';
import { lbView, migrateV1 } from '../topology/design';
import type { LoadBalancerDef, Topology } from '../topology/schema';
import { canConnectAcross, connectAcross, disconnectAcross } from './crossWires';

const one = migrateV1(build());
const empty = (over: Partial<LoadBalancerDef> & { name: string }): LoadBalancerDef => ({
  sku: 'Standard',
  type: 'Public',
  frontends: [],
  backendPools: [],
  probes: [],
  rules: [],
  ...over,
});
// Public `lb` (FE1, FE2), a Gateway load balancer `gw`, an internal `ilb` and a Global `global`.
const t: Topology = {
  ...one,
  loadBalancers: [
    one.loadBalancers[0]!,
    empty({ name: 'gw', sku: 'Gateway', type: 'Internal', frontends: [{ name: 'nva', ip: '10.9.0.4' }] }),
    empty({ name: 'ilb', type: 'Internal', frontends: [{ name: 'in', ip: '10.0.0.100' }], backendPools: [{ name: 'ha', members: [] }] }),
    empty({
      name: 'global',
      tier: 'Global',
      frontends: [{ name: 'any', ip: '203.0.113.9' }],
      backendPools: [{ name: 'regions', members: [] }],
    }),
  ],
};
const at = (loadBalancer: string, kind: 'frontend' | 'backendPool' | 'rule', name: string) => ({ kind, name, loadBalancer });
const vm = (name: string) => ({ kind: 'vm' as const, name });

describe('wiring across load balancers', () => {
  it('chains a public frontend to a Gateway load balancer’s frontend, and unchains it', () => {
    expect(canConnectAcross(t, at('lb', 'frontend', 'FE1'), at('gw', 'frontend', 'nva'))).toEqual({ ok: true });
    const chained = connectAcross(t, at('lb', 'frontend', 'FE1'), at('gw', 'frontend', 'nva'));
    expect(chained.loadBalancers[0]!.frontends[0]!.gatewayLoadBalancer).toEqual({ loadBalancer: 'gw', frontend: 'nva' });
    expect(canConnectAcross(chained, at('lb', 'frontend', 'FE1'), at('gw', 'frontend', 'nva'))).toEqual({
      ok: false,
      reason: 'Frontend FE1 already chains to gw/nva.',
    });
    const back = disconnectAcross(chained, at('lb', 'frontend', 'FE1'), at('gw', 'frontend', 'nva'));
    expect(back.loadBalancers[0]!.frontends[0]).toEqual(t.loadBalancers[0]!.frontends[0]);
  });

  it('refuses a chain to a load balancer that is not a Gateway one, and from an internal frontend', () => {
    expect(canConnectAcross(t, at('lb', 'frontend', 'FE1'), at('ilb', 'frontend', 'in'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ilb is not a Gateway'),
    });
    expect(canConnectAcross(t, at('ilb', 'frontend', 'in'), at('gw', 'frontend', 'nva'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ilb is internal'),
    });
    expect(connectAcross(t, at('lb', 'frontend', 'FE1'), at('ilb', 'frontend', 'in'))).toBe(t);
  });

  it('puts a regional frontend in a Global load balancer’s pool, once, and takes it out', () => {
    const joined = connectAcross(t, at('lb', 'frontend', 'FE2'), at('global', 'backendPool', 'regions'));
    expect(joined.loadBalancers[3]!.backendPools[0]!.regionalFrontends).toEqual([{ loadBalancer: 'lb', frontend: 'FE2' }]);
    expect(canConnectAcross(joined, at('lb', 'frontend', 'FE2'), at('global', 'backendPool', 'regions'))).toMatchObject({ ok: false });
    expect(canConnectAcross(t, at('lb', 'frontend', 'FE2'), at('ilb', 'backendPool', 'ha'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ilb is regional'),
    });
    expect(canConnectAcross(t, at('global', 'frontend', 'any'), at('global', 'backendPool', 'regions')).ok).toBe(false);
    const left = disconnectAcross(joined, at('lb', 'frontend', 'FE2'), at('global', 'backendPool', 'regions'));
    expect(left.loadBalancers[3]!.backendPools[0]!.regionalFrontends).toEqual([]);
  });

  it('wires a pool of any load balancer to a shared VM, inside that load balancer', () => {
    const next = connectAcross(t, at('ilb', 'backendPool', 'ha'), vm('VM2'));
    expect(lbView(next, 'ilb').backendPools[0]!.members).toEqual(['VM2']);
    expect(lbView(next, 'lb').backendPools).toEqual(t.loadBalancers[0]!.backendPools);
    expect(lbView(disconnectAcross(next, at('ilb', 'backendPool', 'ha'), vm('VM2')), 'ilb').backendPools[0]!.members).toEqual([]);
  });

  it('keeps rules inside their own load balancer, in words, in either language', () => {
    expect(canConnectAcross(t, at('lb', 'frontend', 'FE1'), at('ilb', 'rule', 'x'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Between two load balancers'),
    });
    expect(canConnectAcross(t, at('lb', 'rule', 'r1'), at('ilb', 'backendPool', 'ha'), 'ja')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ロードバランサー間'),
    });
  });
});
