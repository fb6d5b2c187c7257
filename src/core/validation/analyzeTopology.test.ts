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

describe('analyzeTopology: a finding about VMs alone', () => {
  it('is listed once for the design, though every load balancer’s view finds it', () => {
    const t = twoLbs();
    const bad: Topology = { ...t, vms: [...t.vms, { ...t.vms[1]!, nic: { ...t.vms[1]!.nic, ip: '10.0.0.300' } }] };
    const perView = analyzeTopology(bad).parts.map((p) => p.analysis.diagnostics.filter((d) => d.refs.every((r) => r.kind === 'vm')));
    expect(perView[0]!.length).toBeGreaterThan(0);
    expect(perView[1]!.map((d) => d.code)).toEqual(perView[0]!.map((d) => d.code));
    const design = analyzeTopology(bad).diagnostics.filter((d) => d.refs.length > 0 && d.refs.every((r) => r.kind === 'vm'));
    expect(design.map((d) => d.code).sort()).toEqual(perView[0]!.map((d) => d.code).sort());
    expect(new Set(design.map((d) => d.loadBalancer))).toEqual(new Set(['lb']));
  });

  it('a finding naming a load balancer’s own elements stays once per load balancer', () => {
    const t = twoLbs();
    const noProbe = inLb('lb', (v) => ({ ...v, rules: v.rules.map((r) => ({ ...r, probe: undefined })) }));
    const both = noProbe(inLb('second', (v) => ({ ...v, rules: v.rules.map((r) => ({ ...r, probe: undefined })) }))(t));
    const noProbes = analyzeTopology(both).diagnostics.filter((d) => d.code === 'NoProbe');
    expect(noProbes.map((d) => d.loadBalancer).sort()).toEqual(['lb', 'lb', 'second', 'second']);
  });
});
