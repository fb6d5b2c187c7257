import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, presetTopology } from '../core/testing/presets';
import { inLb } from '../core/topology/design';
import type { Topology } from '../core/topology/schema';
import { analyzeTopology, type TopologyAnalysis } from '../core/validation/analyzeTopology';
import { decodeAnalysis, encodeAnalysis, wireBuffers, type AnalysisWire } from './analysisWire';
import { diagnosticsPacker, diagnosticsUnpacker, type PackedWire } from './diagnosticsDelta';
import { applyUpdate, topologyUpdate, type HeldTopology } from './topologyUpdate';

const decodeAll = (t: Topology, wire: AnalysisWire): TopologyAnalysis => {
  const decoder = decodeAnalysis(t, wire);
  for (;;) {
    const done = decoder.step(50);
    if (done) return done;
  }
};

/** The worker (topology updates in, packed answers out) and the page's unpacking, across postMessage. */
function pipeline() {
  const pack = diagnosticsPacker();
  const unpack = diagnosticsUnpacker();
  let held: HeldTopology | undefined;
  let sent: HeldTopology | undefined;
  let seq = 0;
  return (page: Topology): { wire: AnalysisWire; packed: PackedWire } => {
    seq++;
    held = { seq, topology: applyUpdate(structuredClone(topologyUpdate(page, sent)), held) };
    sent = { seq, topology: page };
    const wire = encodeAnalysis(held.topology, analyzeTopology(held.topology));
    const packed = structuredClone(pack(wire), { transfer: wireBuffers(wire) });
    return { wire: unpack(packed), packed };
  };
}

const wholeFindings = (packed: PackedWire) =>
  [packed.diagnostics, ...packed.parts.map((p) => p.diagnostics)].flat().filter((d) => typeof d !== 'number').length;

const toggle = (lb: number, rule: number) => (t: Topology) =>
  inLb(lb % t.loadBalancers.length, (v) => ({
    ...v,
    rules: v.rules.map((r, i) =>
      i === rule % Math.max(1, v.rules.length) ? { ...r, floatingIp: !r.floatingIp, backendPort: r.backendPort + 1 } : r,
    ),
  }))(t);
const dropVm = (i: number) => (t: Topology) => inLb(0, (v) => ({ ...v, vms: v.vms.filter((_, k) => k !== i % v.vms.length) }))(t);
const presets = new Map(EXAMPLE_NAMES.map((name) => [name, presetTopology(name)]));

describe('findings packed against the previous answer', () => {
  it('the page unpacks every answer of a run of edits into exactly the analysis of the topology', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLE_NAMES),
        fc.array(fc.tuple(fc.boolean(), fc.nat(20), fc.nat(20)), { minLength: 1, maxLength: 6 }),
        (name, steps) => {
          const answer = pipeline();
          let t = presets.get(name)!;
          for (const page of [t, ...steps.map(([vm, a, b]) => (t = (vm ? dropVm(a) : toggle(a, b))(t)))]) {
            expect(decodeAll(page, answer(page).wire)).toEqual(analyzeTopology(page));
          }
        },
      ),
      { numRuns: 30, seed: 18 },
    );
  }, 60_000);

  it('sends whole only the findings that are new: none for the same topology again, few after a one-rule edit', () => {
    const answer = pipeline();
    // The example with the most findings, with one more load balancer's rules edited so that it has some for sure.
    const most = [...presets.values()].sort((a, b) => analyzeTopology(b).diagnostics.length - analyzeTopology(a).diagnostics.length)[0]!;
    const t = toggle(0, 1)(toggle(0, 0)(most));
    const first = answer(t).packed;
    const all = wholeFindings(first);
    expect(all).toBeGreaterThan(0);
    expect(wholeFindings(answer({ ...t }).packed)).toBe(0);
    const edited = toggle(t.loadBalancers.length - 1, 2)(t);
    const { packed, wire } = answer(edited);
    expect(wholeFindings(packed)).toBeLessThan(all);
    expect(decodeAll(edited, wire)).toEqual(analyzeTopology(edited));
  });

  it('a page that missed an answer refuses the next one instead of mixing findings up', () => {
    const pack = diagnosticsPacker();
    const t = presets.get('type2-floating-ip')!;
    const wire = () => encodeAnalysis(t, analyzeTopology(t));
    pack(wire());
    expect(() => diagnosticsUnpacker()(pack(wire()))).toThrow(/does not hold/);
  });
});
