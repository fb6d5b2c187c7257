import { describe, expect, it, vi } from 'vitest';
import { updateElement } from '../../core/edit/elements';
import * as graph from '../../core/edit/graph';
import { natRule, topology } from '../../core/testing/builders';
import { preset } from '../../core/testing/presets';
import { createEdgeMapper } from './flowEdges';
import { indexDiagnostics } from './status';

vi.mock('../../core/edit/graph', async (actual) => {
  const real = await actual<typeof graph>();
  return { ...real, wiresOf: vi.fn(real.wiresOf) };
});

const base = preset('type2-floating-ip');
const index = indexDiagnostics([]);
const none = new Set<string>();
const ends = (edges: readonly { source: string; target: string }[]) => edges.map((e) => `${e.source} ${e.target}`);

describe('createEdgeMapper', () => {
  it('keeps the wires while an edit leaves every rule wired to the same elements, and asks again when one is rewired', () => {
    const map = createEdgeMapper('en');
    const calls = () => vi.mocked(graph.wiresOf).mock.calls.length;
    const first = map(base, index, none, []);
    const before = calls();
    // A new rules array whose rule1 has new ports and floating IP: the same wires.
    const ports = updateElement(base, 'rule', 'rule1', { floatingIp: false, frontendPort: 8080, backendPort: 8080 });
    expect(map(ports, index, none, [])).toBe(first);
    expect(calls()).toBe(before);
    // rule1 moved to the other frontend: its wire changes, and the core is asked.
    const rewired = updateElement(ports, 'rule', 'rule1', { frontend: 'FIP2' });
    const after = map(rewired, index, none, []);
    expect(calls()).toBe(before + 1);
    expect(ends(after)).toEqual(ends(graph.wiresOf(rewired)));
    expect(ends(after)).toContain('frontend:FIP2 rule:rule1');
    // A renamed rule is another wire too.
    const renamed = { ...rewired, rules: rewired.rules.map((r) => (r.name === 'rule2' ? { ...r, name: 'web' } : r)) };
    expect(ends(map(renamed, index, none, []))).toEqual(ends(graph.wiresOf(renamed)));
  });

  it('follows an inbound NAT rule moved to another VM, but not a change of its ports', () => {
    const map = createEdgeMapper('en');
    const t = topology({ inboundNatRules: [natRule('rdp', { target: 'VM1' })] });
    const first = map(t, index, none, []);
    const ports = { ...t, inboundNatRules: [natRule('rdp', { target: 'VM1', frontendPort: 50002 })] };
    expect(map(ports, index, none, [])).toBe(first);
    const moved = { ...t, inboundNatRules: [natRule('rdp', { target: { vm: 'VM2', ip: '10.0.0.5' } })] };
    expect(ends(map(moved, index, none, []))).toContain('natRule:rdp vm:VM2');
  });
});
