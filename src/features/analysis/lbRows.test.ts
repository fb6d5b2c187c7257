import { describe, expect, it } from 'vitest';
import { rule, topology } from '../../core/testing/builders';
import { inLb, migrateV1 } from '../../core/topology/design';
import type { Topology } from '../../core/topology/schema';
import { lbRows } from './lbRows';

/** Two load balancers: `lb` with rules a and b, and `second` with rule c. */
function twoLbs(): Topology {
  const one = migrateV1(topology({ rules: [rule('a'), rule('b', { frontendPort: 81 })] }));
  const first = one.loadBalancers[0]!;
  return { ...one, loadBalancers: [first, { ...first, name: 'second', rules: [rule('c')] }] };
}

const toggle = (name: string) => inLb(name, (v) => ({ ...v, rules: v.rules.map((r) => ({ ...r, floatingIp: !r.floatingIp })) }));

describe('lbRows: the load balancer of each mapping row', () => {
  it('names the load balancer of a rule object, else the first with its name; none with one load balancer', () => {
    const t = twoLbs();
    const rows = lbRows(t, true);
    expect(rows.lbOf(t.loadBalancers[1]!.rules[0]!, 'c')).toBe('second');
    expect(rows.lbOf({}, 'a')).toBe('lb');
    expect(rows.lbOf({}, 'nowhere')).toBeUndefined();
    expect(lbRows(migrateV1(topology()), true).lbOf(t.loadBalancers[0]!.rules[0]!, 'a')).toBeUndefined();
  });

  it('an edit that leaves every answer as it was gives the same object back (rows are not all rendered again)', () => {
    const t = twoLbs();
    const before = lbRows(t, true);
    const next = toggle('second')(t);
    const after = lbRows(next, true);
    expect(after).toBe(before);
    // Both the edited rule object and the one it replaced still answer as before.
    expect(after.lbOf(next.loadBalancers[1]!.rules[0]!, 'c')).toBe('second');
    expect(after.lbOf(t.loadBalancers[1]!.rules[0]!, 'c')).toBe('second');
    expect(lbRows(next, false)).not.toBe(after);
  });

  it('a new object when an answer changes: a load balancer renamed, a replaced rule now answered by name elsewhere', () => {
    const t = twoLbs();
    const before = lbRows(t, true);
    const renamed = inLb('second', (v) => ({ ...v, loadBalancer: { ...v.loadBalancer, name: 'third' } }))(t);
    const after = lbRows(renamed, true);
    expect(after).not.toBe(before);
    expect(after.lbOf(renamed.loadBalancers[1]!.rules[0]!, 'c')).toBe('third');
    // `second` gets a rule named `a`: its old rule object now answers by name, the first load balancer with an `a`.
    const shared = { ...t, loadBalancers: [t.loadBalancers[0]!, { ...t.loadBalancers[1]!, rules: [rule('a')] }] };
    const ownRule = shared.loadBalancers[1]!.rules[0]!;
    expect(lbRows(shared, true).lbOf(ownRule, 'a')).toBe('second');
    const edited = toggle('second')(shared);
    expect(lbRows(edited, true).lbOf(ownRule, 'a')).toBe('lb');
    expect(lbRows(edited, true).lbOf(edited.loadBalancers[1]!.rules[0]!, 'a')).toBe('second');
  });
});
