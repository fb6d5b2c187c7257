import { describe, expect, it } from 'vitest';
import { topology as build } from '../testing/builders';
import { lbView, migrateV1 } from '../topology/design';
import type { Topology } from '../topology/schema';
import { moveElement, moveProblem } from './moveElement';

// `lb` (FE1 → r1 → pool, probe hp used by r1, spare probe idle) and an internal `ilb` that has a probe named idle too.
const base = migrateV1(build());
const lb = base.loadBalancers[0]!;
const two: Topology = {
  ...base,
  loadBalancers: [
    {
      ...lb,
      probes: [...lb.probes, { name: 'hp', protocol: 'Tcp', port: 80 }, { name: 'idle', protocol: 'Tcp', port: 81 }],
      rules: lb.rules.map((r) => ({ ...r, probe: 'hp' })),
    },
    {
      name: 'ilb',
      sku: 'Standard',
      type: 'Internal',
      frontends: [],
      backendPools: [],
      probes: [{ name: 'idle', protocol: 'Tcp', port: 9 }],
      rules: [],
    },
  ],
};

describe('moving an element from the inspector', () => {
  it('moves a rule as moveToLoadBalancer does, in one edit', () => {
    const r = moveElement(two, 'lb', 'rule', 'r1', 'ilb');
    expect(r.ok && lbView(r.topology, 'ilb').rules.map((x) => x.name)).toEqual(['r1']);
    expect(r.ok && lbView(r.topology, 'lb').rules).toEqual([]);
  });

  it('moves an unused probe, renamed when the name is taken there', () => {
    const r = moveElement(two, 'lb', 'probe', 'idle', 'ilb');
    expect(r).toMatchObject({ ok: true, name: 'idle-1' });
    expect(r.ok && lbView(r.topology, 'ilb').probes).toEqual([
      { name: 'idle', protocol: 'Tcp', port: 9 },
      { name: 'idle-1', protocol: 'Tcp', port: 81 },
    ]);
    expect(r.ok && lbView(r.topology, 'lb').probes.map((p) => p.name)).not.toContain('idle');
  });

  it('refuses a probe a rule uses, naming the rules, in English and Japanese', () => {
    expect(moveElement(two, 'lb', 'probe', 'hp', 'ilb')).toEqual({
      ok: false,
      reason:
        'Health probe hp is used by r1, and a rule uses only a probe of its own load balancer. Give those rules another probe (or none) first.',
    });
    expect(moveProblem(two, 'lb', 'probe', 'hp', 'ilb', 'ja')).toContain('正常性プローブ hp は r1 で使われています');
  });

  it('refuses a chained frontend into an internal load balancer, and a Global pool into a regional one', () => {
    const chained: Topology = {
      ...two,
      loadBalancers: [
        {
          ...two.loadBalancers[0]!,
          frontends: lb.frontends.map((f) => ({ ...f, gatewayLoadBalancer: { loadBalancer: 'gw', frontend: 'g' } })),
        },
        two.loadBalancers[1]!,
        {
          name: 'glb',
          sku: 'Standard',
          type: 'Public',
          tier: 'Global',
          frontends: [],
          backendPools: [{ name: 'gp', members: [], regionalFrontends: [{ loadBalancer: 'lb', frontend: 'FE1' }] }],
          probes: [],
          rules: [],
        },
      ],
    };
    expect(moveProblem(chained, 'lb', 'frontend', 'FE1', 'ilb')).toBe(
      'Only a public frontend chains to a Gateway load balancer, and ilb is internal.',
    );
    expect(moveProblem(chained, 'glb', 'backendPool', 'gp', 'lb')).toMatch(/^Load balancer lb is regional/);
    expect(moveProblem(chained, 'lb', 'frontend', 'FE1', 'glb')).toMatch(/^Frontend FE1 belongs to a Global load balancer/);
    expect(moveProblem(chained, 'lb', 'backendPool', 'pool', 'ilb')).toBeUndefined();
  });

  it('refuses an unknown load balancer, a missing element and the same load balancer', () => {
    expect(moveProblem(two, 'lb', 'rule', 'r1', 'nope')).toBe('There is no load balancer named nope.');
    expect(moveProblem(two, 'lb', 'rule', 'zz', 'ilb')).toBe('That element no longer exists.');
    expect(moveProblem(two, 'lb', 'rule', 'r1', 'lb')).toBe('That element no longer exists.');
  });
});
