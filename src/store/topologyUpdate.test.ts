import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, presetTopology } from '../core/testing/presets';
import { inLb, lbView } from '../core/topology/design';
import type { Topology } from '../core/topology/schema';
import { analyzeTopology, type TopologyAnalysis } from '../core/validation/analyzeTopology';
import { decodeAnalysis, encodeAnalysis, wireBuffers, type AnalysisWire } from './analysisWire';
import { applyUpdate, topologyUpdate, type HeldTopology, type TopologyUpdate } from './topologyUpdate';

/** One side of postMessage: what the worker receives is a structured clone. */
const posted = (update: TopologyUpdate): TopologyUpdate => structuredClone(update);

/** The worker's answer for the topology it holds, as the page receives it. */
const answer = (held: Topology): AnalysisWire => {
  const wire = encodeAnalysis(held, analyzeTopology(held));
  return structuredClone(wire, { transfer: wireBuffers(wire) });
};

const decodeAll = (t: Topology, wire: AnalysisWire): TopologyAnalysis => {
  const decoder = decodeAnalysis(t, wire);
  for (;;) {
    const done = decoder.step(50);
    if (done) return done;
  }
};

/** A page and a worker: the page posts each topology as an update against what it posted last. */
function pageAndWorker() {
  let sent: HeldTopology | undefined;
  let held: HeldTopology | undefined;
  let seq = 0;
  return {
    post(t: Topology): { update: TopologyUpdate; held: Topology } {
      const update = posted(topologyUpdate(t, sent));
      seq++;
      held = { seq, topology: applyUpdate(update, held) };
      sent = { seq, topology: t };
      return { update, held: held.topology };
    },
  };
}

type Edit = (t: Topology) => Topology;

// Edits of every kind the app makes, each against one part of the topology (ints pick which load balancer, rule, VM).
const edits: ((a: number, b: number) => Edit)[] = [
  (a, b) => (t) =>
    inLb(a % t.loadBalancers.length, (v) => ({
      ...v,
      rules: v.rules.map((r, i) => (i === b % Math.max(1, v.rules.length) ? { ...r, floatingIp: !r.floatingIp } : r)),
    }))(t),
  (a) => (t) => ({ ...t, name: `${t.name} ${a}` }),
  (a) => (t) => (a % 2 ? { ...t, description: `note ${a}` } : (({ description: _, ...rest }) => rest)(t)),
  (a) => (t) => ({ ...t, layout: { ...t.layout, [t.vms[a % t.vms.length]?.name ?? 'vm:x']: { x: a, y: a } } }),
  (a) => (t) => inLb(a % t.loadBalancers.length, (v) => ({ ...v, vms: v.vms.filter((_, i) => i !== a % v.vms.length) }))(t),
  (a) => (t) => ({ ...t, vms: t.vms.map((vm, i) => (i === a % t.vms.length ? { ...vm, nic: { ...vm.nic, ip: '10.9.9.9' } } : vm)) }),
  () => (t) => ({ ...t, loadBalancers: [...t.loadBalancers].reverse() }),
  (a) => (t) => ({ ...t, loadBalancers: [...t.loadBalancers, { ...t.loadBalancers[a % t.loadBalancers.length]!, name: `copy${a}` }] }),
  (a) => (t) => (a % 2 ? { ...t, networkSecurityGroups: [] } : (({ networkSecurityGroups: _, ...rest }) => rest)(t)),
];

const presets = new Map(EXAMPLE_NAMES.map((name) => [name, presetTopology(name)]));

const arbitraryRun = fc.record({
  start: fc.constantFrom(...EXAMPLE_NAMES),
  steps: fc.array(fc.record({ kind: fc.nat(edits.length - 1), a: fc.nat(50), b: fc.nat(50) }), { minLength: 1, maxLength: 8 }),
});

describe('topology updates for the analysis worker', () => {
  it('a worker fed updates analyses every topology of a run of edits exactly as a whole topology is analysed', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ start, steps }) => {
        const link = pageAndWorker();
        let t = presets.get(start)!;
        const topologies = [t, ...steps.map(({ kind, a, b }) => (t = edits[kind]!(a, b)(t)))];
        for (const page of topologies) {
          const { held } = link.post(page);
          const fresh = applyUpdate(posted(topologyUpdate(page, undefined)), undefined);
          expect(held).toEqual(fresh);
          expect(decodeAll(page, answer(held))).toEqual(analyzeTopology(page));
        }
      }),
      { numRuns: 40, seed: 18 },
    );
  }, 60_000);

  it('an edit of one load balancer posts only it; the worker keeps the others’ objects, views and analyses', () => {
    for (const name of EXAMPLE_NAMES.filter((n) => presetTopology(n).loadBalancers.length > 1)) {
      const link = pageAndWorker();
      const t = presetTopology(name);
      const before = link.post(t).held;
      const edited = inLb(1, (v) => ({ ...v, rules: v.rules.map((r) => ({ ...r, floatingIp: !r.floatingIp })) }))(t);
      const { update, held } = link.post(edited);
      expect(update.vms).toBe('same');
      expect(update.loadBalancers).toEqual(t.loadBalancers.map((lb, i) => (i === 1 ? edited.loadBalancers[1] : i)));
      expect(JSON.stringify(update)).not.toContain('layout');
      for (let i = 0; i < t.loadBalancers.length; i++) {
        const same = i !== 1;
        expect(held.loadBalancers[i] === before.loadBalancers[i], `${name}: load balancer ${i}`).toBe(same);
        expect(analyzeTopology(held).parts[i]!.analysis === analyzeTopology(before).parts[i]!.analysis).toBe(same);
      }
      expect(lbView(held, 0)).toBe(lbView(before, 0));
    }
  });

  it('a move (layout only) posts nothing but the unchanged fields, and the worker’s topology stays equal', () => {
    const link = pageAndWorker();
    const t = presetTopology('nva-sandwich');
    const before = link.post(t).held;
    const { update, held } = link.post({ ...t, layout: { ...t.layout, 'vm:moved': { x: 1, y: 2 } } });
    expect(update).toEqual({
      base: 1,
      fields: {},
      kept: Object.keys(t).filter((k) => !['loadBalancers', 'vms', 'layout'].includes(k)),
      loadBalancers: 'same',
      vms: 'same',
    });
    expect(held.loadBalancers).toBe(before.loadBalancers);
    expect(held.vms).toBe(before.vms);
  });

  it('refuses changes against a topology the worker does not hold (a new worker, or a lost request)', () => {
    const t = presetTopology('type2-floating-ip');
    const held: HeldTopology = { seq: 4, topology: applyUpdate(topologyUpdate(t, undefined), undefined) };
    const next = { ...t, name: 'renamed' };
    expect(() => applyUpdate(topologyUpdate(next, { seq: 3, topology: t }), held)).toThrow(/does not hold/);
    expect(() => applyUpdate(topologyUpdate(next, { seq: 4, topology: t }), undefined)).toThrow(/does not hold/);
    expect(applyUpdate(topologyUpdate(next, { seq: 4, topology: t }), held).name).toBe('renamed');
  });
});
