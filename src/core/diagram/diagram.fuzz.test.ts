import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzzRuns, hostileTopology } from '../testing/hostile';
import { loadTopology } from '../topology/load';
import { traceFlow, type TraceKind } from '../trace/trace';
import { WHAT_IF_KEYS, type WhatIf } from '../trace/whatIf';
import type { LbTopology } from '../topology/schema';
import { traceDiagram } from './diagram';

// Issue 12 item 3: a probe port of -1 made the diagram throw and blanked the app. Every rule × VM of a hostile
// topology must trace and draw (or say why not) without throwing, and the SVG must be well-formed.

const whatIfArb: fc.Arbitrary<WhatIf> = fc.record(
  Object.fromEntries(WHAT_IF_KEYS.map((k) => [k, fc.boolean()])) as Record<keyof WhatIf, fc.Arbitrary<boolean>>,
);
const settings = fc.record({
  whatIf: whatIfArb,
  locale: fc.constantFrom('en' as const, 'ja' as const),
  client: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('192.0.2.1:1', '[2001:db8::10]:65535', '10.0.0.4:0', 'nope', '[::1]:80') },
  ),
  port: fc.constantFrom(undefined, 1, 443, 65535),
  // A cluster's active node (maybe not a member) and an appliance's destination (maybe not an endpoint).
  active: fc.constantFrom(undefined, 'VM1', 'VM2', 'no-such-vm', '__proto__'),
  destination: fc.constantFrom(undefined, '10.2.0.4:443', '[2001:db8::80]:443', 'nope', '10.0.0.4:65535'),
});

/** Every rule and NAT rule name × every VM name, plus a VM that does not exist. */
function pairs(t: LbTopology): { kind: TraceKind; rule: string; vm: string }[] {
  const vms = [...t.vms.map((v) => v.name), 'no-such-vm'];
  const rules = [
    ...t.rules.map((r) => ({ kind: 'rule' as const, rule: r.name })),
    ...(t.inboundNatRules ?? []).map((r) => ({ kind: 'natRule' as const, rule: r.name })),
  ];
  return rules.flatMap((r) => vms.map((vm) => ({ ...r, vm })));
}

type Settings = typeof settings extends fc.Arbitrary<infer S> ? S : never;
const drawn = { ok: 0, refused: 0 };

function checkAll(t: LbTopology, s: Settings) {
  for (const p of pairs(t)) {
    const options = { ...p, ...s };
    const flow = traceFlow(t, options);
    const diagram = traceDiagram(t, options);
    if (!flow.ok) expect(flow.error).toMatch(/\S/);
    if (diagram.ok) expect(XMLValidator.validate(diagram.svg)).toBe(true);
    else expect(diagram.error).toMatch(/\S/);
    drawn[diagram.ok ? 'ok' : 'refused']++;
  }
}

describe('diagram fuzz (fixed seed)', () => {
  it(
    'hostile topologies are loadable, so a file or a share link can carry them',
    () => {
      fc.assert(
        fc.property(hostileTopology(), (t) => {
          expect(loadTopology(JSON.stringify(t)).ok).toBe(true);
        }),
        fuzzRuns(100),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'traceFlow and traceDiagram never throw for any rule × VM, what-if, language and client',
    () => {
      fc.assert(
        fc.property(hostileTopology({ max: 3 }), settings, (t, s) => checkAll(t, s)),
        fuzzRuns(120),
      );
      // The generator must reach the drawing code often, or the property proves little.
      expect(drawn.ok).toBeGreaterThan(100);
    },
    FUZZ_TIMEOUT,
  );

  it(
    'nor with values no loader accepts (NaN, Infinity, fractions) passed in from code',
    () => {
      fc.assert(
        fc.property(hostileTopology({ max: 2, unloadable: true }), settings, (t, s) => checkAll(t, s)),
        fuzzRuns(60),
      );
    },
    FUZZ_TIMEOUT,
  );
});
