import { describe, expect, it } from 'vitest';
import { presetTopology } from '../testing/presets';
import { lbView } from '../topology/design';
import type { Topology } from '../topology/schema';
import { planDesignNsg } from './designPlan';
import { planNsg } from './plan';

const cross = presetTopology('cross-region');
const withGlobalFloating = (floatingIp: boolean): Topology => ({
  ...cross,
  loadBalancers: cross.loadBalancers.map((lb, i) => (i === 0 ? { ...lb, rules: lb.rules.map((r) => ({ ...r, floatingIp })) } : lb)),
});

describe('planDesignNsg: a Global rule with floating IP', () => {
  it('allows the global frontend IP and port to the regional VMs, after the regional rule', () => {
    const plan = planDesignNsg(withGlobalFloating(true), 'lb-west');
    expect(plan.rules.map((r) => [r.name, r.priority, r.source, r.destinations, r.ports, r.protocol, r.vms])).toEqual([
      ['allow-rule-https', 100, 'Internet', ['10.1.0.4', '10.1.0.5'], '443', 'Tcp', ['web-west-1', 'web-west-2']],
      ['allow-global-lb-global-https', 110, 'Internet', ['203.0.113.50'], '443', 'Tcp', ['web-west-1', 'web-west-2']],
      ['allow-probe-https', 120, 'AzureLoadBalancer', ['10.1.0.4', '10.1.0.5'], '443', 'Tcp', ['web-west-1', 'web-west-2']],
    ]);
    expect(plan.rules[1]!.purpose).toEqual({ kind: 'rule', name: 'lb-global/https', floatingIp: true });
    expect(planDesignNsg(withGlobalFloating(true), 'lb-east', { source: '192.0.2.0/24' }).rules[1]).toMatchObject({
      source: '192.0.2.0/24',
      destinations: ['203.0.113.50'],
      vms: ['web-east-1', 'web-east-2'],
    });
  });

  it('with floating IP off on the Global rule, each regional plan is the one load balancer alone gives', () => {
    const off = withGlobalFloating(false);
    for (const lb of ['lb-west', 'lb-east']) expect(planDesignNsg(off, lb)).toEqual(planNsg(lbView(off, lb)));
  });

  it('the Global load balancer itself gets no Global flow (it has no VMs)', () => {
    expect(planDesignNsg(withGlobalFloating(true), 'lb-global').rules).toEqual([]);
  });
});
