import { describe, expect, it } from 'vitest';
import { rule, topology } from '../testing/builders';
import { inLb, lbView, migrateV1 } from '../topology/design';
import type { Topology } from '../topology/schema';
import { analyze } from './analyze';
import { analyzeTopology } from './analyzeTopology';

/** Two load balancers over the same VMs: `lb` with rules a and b, and a copy named `second`. */
function twoLbs(): Topology {
  const one = migrateV1(topology({ rules: [rule('a'), rule('b', { frontendPort: 81 })] }));
  return { ...one, loadBalancers: [one.loadBalancers[0]!, { ...one.loadBalancers[0]!, name: 'second' }] };
}

describe('analyzeTopology after an edit of one load balancer', () => {
  it('analyses only the edited load balancer again; the others’ analyses are the same objects', () => {
    const t = twoLbs();
    const before = analyzeTopology(t);
    const next = inLb('second', (v) => ({ ...v, rules: v.rules.map((r) => ({ ...r, floatingIp: !r.floatingIp })) }))(t);
    const after = analyzeTopology(next);
    expect(after.parts[0]!.analysis).toBe(before.parts[0]!.analysis);
    expect(after.parts[1]!.analysis).not.toBe(before.parts[1]!.analysis);
    expect(after.parts[1]!.analysis).toEqual(analyze(lbView(next, 1)));
    expect(after.rows.map((r) => r.ruleRef.floatingIp)).toEqual([false, false, false, false, true, true, true, true]);
  });

  it('analyses every load balancer again when the shared VMs change', () => {
    const t = twoLbs();
    const before = analyzeTopology(t);
    const next = inLb('second', (v) => ({ ...v, vms: v.vms.slice(1) }))(t);
    const after = analyzeTopology(next);
    expect(after.parts[0]!.analysis).not.toBe(before.parts[0]!.analysis);
    expect(after.parts[0]!.analysis).toEqual(analyze(lbView(next, 0)));
    expect(after.rows).toHaveLength(4);
  });
});
