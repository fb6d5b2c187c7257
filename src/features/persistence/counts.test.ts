import { describe, expect, it } from 'vitest';
import { rule, topology } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import { topologyCounts } from './counts';
import { en } from './messages.en';

const translate = (key: keyof typeof en, params: Record<string, string | number>) =>
  en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

describe('topologyCounts', () => {
  it('counts one load balancer’s elements without naming it', () => {
    expect(topologyCounts(migrateV1(topology()), translate)).toBe('2 frontends, 1 rules, 2 VMs');
  });

  it('adds up every load balancer and says how many there are', () => {
    const t = migrateV1(topology());
    const two = { ...t, loadBalancers: [...t.loadBalancers, { ...t.loadBalancers[0]!, name: 'ilb', rules: [rule('a'), rule('b')] }] };
    expect(topologyCounts(two, translate)).toBe('2 load balancers, 4 frontends, 3 rules, 2 VMs');
  });
});
