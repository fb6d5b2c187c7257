import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzzRuns, HOSTILE_NAMES, hostileTopology } from '../../core/testing/hostile';
import { traceFlow } from '../../core/trace/trace';
import { analyze } from '../../core/validation/analyze';
import { choiceKey, flowChoices, parseChoiceKey, resolvePick, vmsOfRule } from './choices';
import { readClient, readPort } from './endpoint';
import { keyDelta, playStart, step, tick } from './stepper';
import { hopWires } from './wires';

// Issue 12 item 3: the Trace tab's view models over the core's hostile topologies (fixed seed): nothing throws,
// and what they promise holds for every name.

const name = fc.constantFrom(...HOSTILE_NAMES, 'rule1', 'VM1');

describe('trace tab view models (fuzz)', () => {
  it(
    'choices offer every mapped pair, keys round-trip and a pick is always one of the choices',
    () => {
      fc.assert(
        fc.property(hostileTopology(), name, name, fc.boolean(), (t, rule, vm, nat) => {
          const { rows, natRows } = analyze(t);
          const choices = flowChoices(rows, natRows);
          for (const r of rows) expect(vmsOfRule(choices, { kind: 'rule', rule: r.rule })).toContain(r.vm);
          for (const r of natRows) expect(vmsOfRule(choices, { kind: 'natRule', rule: r.natRule })).toContain(r.vm);
          for (const c of choices.rules) expect(parseChoiceKey(choiceKey(c))).toEqual(c);
          const kind = nat ? ('natRule' as const) : ('rule' as const);
          const pick = resolvePick(choices, { kind, rule, vm }, { kind, rule });
          if (choices.rules.length === 0) expect(pick).toBeUndefined();
          else expect(vmsOfRule(choices, pick!)).toContain(pick!.vm);
        }),
        fuzzRuns(200),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'every hop of every traced pair has canvas wires',
    () => {
      fc.assert(
        fc.property(hostileTopology({ max: 3 }), (t) => {
          const { rows, natRows } = analyze(t);
          const paths = [
            ...rows.map((r) => ({ kind: 'rule' as const, frontend: r.frontend, rule: r.rule, backendPool: r.backendPool, vm: r.vm })),
            ...natRows.map((r) => ({ kind: 'natRule' as const, frontend: r.frontend, rule: r.natRule, vm: r.vm })),
          ];
          for (const path of paths) {
            const flow = traceFlow(t, { kind: path.kind, rule: path.rule, vm: path.vm });
            if (!flow.ok) continue;
            for (const hop of flow.trace.hops) {
              const wires = hopWires(hop.stage, path);
              expect(wires.length).toBeGreaterThan(0);
              for (const w of wires) expect(w).toContain('->');
            }
          }
        }),
        fuzzRuns(150),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'the stepper stays on a hop and the fields read any text without throwing',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -10, max: 10 }),
          fc.integer({ min: 0, max: 6 }),
          fc.integer({ min: -3, max: 3 }),
          fc.string(),
          (index, count, delta, text) => {
            const at = step(index, count, delta);
            expect(at).toBeGreaterThanOrEqual(0);
            if (count > 0) expect(at).toBeLessThan(count);
            const next = tick(Math.max(0, Math.min(index, count - 1)), count);
            if (count > 0) expect(next.index).toBeLessThan(count);
            expect(playStart(index, count)).toBeLessThanOrEqual(Math.max(index, 0));
            expect([undefined, -1, 1]).toContain(keyDelta(text));
            for (const raw of [text, `[${text}]:80`, `${text}:1`]) {
              const client = readClient(raw);
              if (client.ok && client.value !== undefined) expect(traceFlowClientOk(client.value)).toBe(true);
              const port = readPort(raw);
              if (port.ok && port.value !== undefined) expect(port.value >= 1 && port.value <= 65535).toBe(true);
            }
          },
        ),
        fuzzRuns(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});

/** A client the field accepts is one the core accepts (same family as a v4 or v6 frontend). */
function traceFlowClientOk(client: string): boolean {
  return /^\[.+\]:\d+$|^[^:]+:\d+$/.test(client);
}
