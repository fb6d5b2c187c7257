import { describe, expect, it } from 'vitest';
import { preset } from '../../core/testing/presets';
import { traceFlow, type TraceOptions } from '../../core/trace/trace';
import { hopHighlight, hopWires } from './wires';

const path = { kind: 'rule' as const, frontend: 'FIP2', rule: 'rule2', backendPool: 'pool', vm: 'VM1' };

describe('hopWires', () => {
  it('maps each hop to the canvas wires it travels', () => {
    expect(hopWires('client-to-lb', path)).toEqual(['frontend:FIP2->rule:rule2']);
    expect(hopWires('lb-to-vm', path)).toEqual(['rule:rule2->backendPool:pool', 'backendPool:pool->vm:VM1']);
    expect(hopWires('vm-reply', path)).toEqual(['backendPool:pool->vm:VM1']);
    expect(hopWires('reply-at-client', path)).toEqual(['backendPool:pool->vm:VM1']);
  });

  it("runs an inbound NAT rule's hops along frontend → NAT rule and NAT rule → VM", () => {
    const nat = { kind: 'natRule' as const, frontend: 'FIP1', rule: 'rdp-vm1', vm: 'VM1' };
    expect(hopWires('client-to-lb', nat)).toEqual(['frontend:FIP1->natRule:rdp-vm1']);
    expect(hopWires('lb-to-vm', nat)).toEqual(['natRule:rdp-vm1->vm:VM1']);
    expect(hopWires('reply-at-client', nat)).toEqual(['natRule:rdp-vm1->vm:VM1']);
  });
});

describe('hopHighlight', () => {
  const hopsOf = (options: TraceOptions) => {
    const r = traceFlow(preset('type2-floating-ip'), options);
    if (!r.ok) throw new Error(r.error);
    return r.trace.hops;
  };
  const p = { kind: 'rule' as const, frontend: 'FIP1', rule: 'rule1', backendPool: 'pool', vm: 'VM1' };

  it('follows the hop in the normal tone while nothing fails', () => {
    const hops = hopsOf({ rule: 'rule1', vm: 'VM1' });
    expect(hops.map((_, i) => hopHighlight(hops, i, p))).toEqual(hops.map((h) => ({ wires: hopWires(h.stage, p), tone: 'normal' })));
  });

  it('draws the failing hop red, and keeps it red on the hops the packet never reaches', () => {
    const hops = hopsOf({ rule: 'rule1', vm: 'VM1', whatIf: { noLoopback: true } });
    expect(hops[1]!.failure).toBeDefined();
    expect(hopHighlight(hops, 0, p)).toEqual({ wires: hopWires('client-to-lb', p), tone: 'normal' });
    for (const i of [1, 2, 3]) expect(hopHighlight(hops, i, p)).toEqual({ wires: hopWires('lb-to-vm', p), tone: 'failing' });
  });

  it('highlights nothing past the last hop', () => {
    expect(hopHighlight([], 0, p)).toEqual({ wires: [], tone: 'normal' });
  });
});
