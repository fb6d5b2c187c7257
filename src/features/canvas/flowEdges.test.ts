import { describe, expect, it, vi } from 'vitest';
import { updateElement } from '../../core/edit/elements';
import * as graph from '../../core/edit/graph';
import { natRule, topology } from '../../core/testing/builders';
import { preset } from '../../core/testing/presets';
import type { Topology } from '../../core/topology/schema';
import { createEdgeMapper, scopeWireId } from './flowEdges';
import { asV2 } from './flowInput.testing';
import { indexDiagnostics } from './status';

vi.mock('../../core/edit/graph', async (actual) => {
  const real = await actual<typeof graph>();
  return { ...real, wiresOf: vi.fn(real.wiresOf) };
});

const base = preset('type2-floating-ip');
const index = indexDiagnostics([]);
const none = new Set<string>();
const ends = (edges: readonly { source: string; target: string }[]) => edges.map((e) => `${e.source} ${e.target}`);
/** The one-load-balancer wires of a v1 topology, as the canvas names their ends (load balancer `lb`). */
const scoped = (t: Parameters<typeof graph.wiresOf>[0]) =>
  graph.wiresOf(t).map((w) => {
    const [source, target] = scopeWireId(w.id, 'lb').split('->');
    return `${source} ${target}`;
  });

describe('createEdgeMapper', () => {
  it('keeps the wires while an edit leaves every rule wired to the same elements, and asks again when one is rewired', () => {
    const map = createEdgeMapper('en');
    const calls = () => vi.mocked(graph.wiresOf).mock.calls.length;
    const first = map(asV2(base), index, none, []);
    const before = calls();
    // A new rules array whose rule1 has new ports and floating IP: the same wires.
    const ports = updateElement(base, 'rule', 'rule1', { floatingIp: false, frontendPort: 8080, backendPort: 8080 });
    expect(map(asV2(ports), index, none, [])).toBe(first);
    expect(calls()).toBe(before);
    // rule1 moved to the other frontend: its wire changes, and the core is asked.
    const rewired = updateElement(ports, 'rule', 'rule1', { frontend: 'FIP2' });
    const after = map(asV2(rewired), index, none, []);
    expect(calls()).toBe(before + 1);
    expect(ends(after)).toEqual(scoped(rewired));
    expect(ends(after)).toContain('lb/frontend:FIP2 lb/rule:rule1');
    // A renamed rule is another wire too.
    const renamed = { ...rewired, rules: rewired.rules.map((r) => (r.name === 'rule2' ? { ...r, name: 'web' } : r)) };
    expect(ends(map(asV2(renamed), index, none, []))).toEqual(scoped(renamed));
  });

  it('follows an inbound NAT rule moved to another VM, but not a change of its ports', () => {
    const map = createEdgeMapper('en');
    const t = topology({ inboundNatRules: [natRule('rdp', { target: 'VM1' })] });
    const first = map(asV2(t), index, none, []);
    const ports = { ...t, inboundNatRules: [natRule('rdp', { target: 'VM1', frontendPort: 50002 })] };
    expect(map(asV2(ports), index, none, [])).toBe(first);
    const moved = { ...t, inboundNatRules: [natRule('rdp', { target: { vm: 'VM2', ip: '10.0.0.5' } })] };
    expect(ends(map(asV2(moved), index, none, []))).toContain('lb/natRule:rdp vm:VM2');
  });

  it('draws each load balancer’s wires with its name, and the Gateway chain and Global pool member between them', () => {
    const one = asV2(topology());
    const lb = one.loadBalancers[0]!;
    const t: Topology = {
      ...one,
      loadBalancers: [
        { ...lb, frontends: [{ ...lb.frontends[0]!, gatewayLoadBalancer: { loadBalancer: 'gw', frontend: 'nva' } }, lb.frontends[1]!] },
        {
          name: 'gw',
          sku: 'Gateway',
          type: 'Internal',
          frontends: [{ name: 'nva', ip: '10.9.0.4' }],
          backendPools: [],
          probes: [],
          rules: [],
        },
        {
          name: 'global',
          sku: 'Standard',
          type: 'Public',
          tier: 'Global',
          frontends: [],
          backendPools: [{ name: 'regions', members: [], regionalFrontends: [{ loadBalancer: 'lb', frontend: 'FE2' }] }],
          probes: [],
          rules: [],
        },
      ],
    };
    const edges = createEdgeMapper('en')(t, index, none, []);
    expect(ends(edges)).toEqual(
      expect.arrayContaining([
        'lb/frontend:FE1 lb/rule:r1',
        'lb/backendPool:pool vm:VM1',
        'lb/frontend:FE1 gw/frontend:nva',
        'lb/frontend:FE2 global/backendPool:regions',
      ]),
    );
    expect(edges.find((e) => e.target === 'gw/frontend:nva')!.ariaLabel).toBe('Wire from frontend FE1 of lb to frontend nva of gw');
  });

  it('reads a one-load-balancer wire id of the trace as the focused load balancer’s', () => {
    expect(scopeWireId('frontend:FIP1->rule:r', 'ilb')).toBe('ilb/frontend:FIP1->ilb/rule:r');
    expect(scopeWireId('ilb/backendPool:p->vm:VM1', 'lb')).toBe('ilb/backendPool:p->vm:VM1');
  });
});
