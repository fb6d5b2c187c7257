import { describe, expect, it } from 'vitest';
import { preset } from '../../core/testing/presets';
import { traceFlow } from '../../core/trace/trace';
import { hopFieldMarks } from './hopMarks';

const hops = (rule: string, vm: string, t = preset('type1-no-port-reuse')) => {
  const r = traceFlow(t, { rule, vm });
  if (!r.ok) throw new Error(r.error);
  return r.trace.hops;
};

describe('hopFieldMarks', () => {
  it("marks the reply's swapped source and destination as a change, the other hops by what they rewrite", () => {
    const [first, atVm, reply, atClient] = hops('rule2', 'VM1');
    expect(Object.values(hopFieldMarks(first!))).toEqual(['same', 'same', 'same', 'same']);
    expect(hopFieldMarks(atVm!)).toEqual({ srcIp: 'same', srcPort: 'same', dstIp: 'changed', dstPort: 'changed' });
    expect(hopFieldMarks(reply!)).toEqual({ srcIp: 'swapped', srcPort: 'swapped', dstIp: 'swapped', dstPort: 'swapped' });
    expect(hopFieldMarks(atClient!)).toEqual({ srcIp: 'changed', srcPort: 'changed', dstIp: 'same', dstPort: 'same' });
  });

  it('with floating IP the reply is still swapped, though nothing is rewritten anywhere', () => {
    const marks = hops('rule1', 'VM1', preset('type2-floating-ip')).map(hopFieldMarks);
    expect(marks.map((m) => Object.values(m).filter((x) => x !== 'same').length)).toEqual([0, 0, 4, 0]);
    expect(marks[2]!.srcIp).toBe('swapped');
  });

  it('a rewrite wins over the swap', () => {
    expect(hopFieldMarks({ changed: ['srcPort'], swapped: true })).toMatchObject({ srcIp: 'swapped', srcPort: 'changed' });
  });
});
