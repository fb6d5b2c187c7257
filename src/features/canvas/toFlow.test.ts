import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/validation/analyze';
import { preset } from '../../core/testing/presets';
import { setPositions, updateElement } from '../../core/edit/elements';
import type { LbTopology } from '../../core/topology/schema';
import { flowInput } from './flowInput.testing';
import { benchLbTopology, BENCH_SMALL_COUNTS } from './benchTopology';
import { PREDICTED_SIZE } from './predictedNode';
import { createFlowMapper, type CanvasNode, type ElementNode, type FlowInput } from './toFlow';

const elements = (nodes: readonly CanvasNode[]) => nodes.filter((n): n is ElementNode => n.type !== 'loadBalancer');

const base = preset('type2-floating-ip');
// With the topology's own diagnostics, as the canvas gets them.
const input = (topology: LbTopology, over: Partial<FlowInput> = {}) =>
  flowInput(topology, { diagnostics: analyze(topology).diagnostics, ...over });

describe('toFlow', () => {
  it('makes one node per element and one edge per wire, laid out left to right by kind', () => {
    const { nodes: all, edges } = createFlowMapper()(input(base));
    expect(all[0]).toMatchObject({ id: 'lb:lb', type: 'loadBalancer', data: { name: 'lb', sku: 'Standard', type: 'Public' } });
    const nodes = elements(all);
    expect(nodes.map((n) => n.id)).toEqual([
      'lb/frontend:FIP1',
      'lb/frontend:FIP2',
      'lb/rule:rule1',
      'lb/rule:rule2',
      'lb/backendPool:pool',
      'vm:VM1',
      'vm:VM2',
    ]);
    expect(edges.map((e) => e.id)).toContain('lb/backendPool:pool->vm:VM1');
    const x = (id: string) => nodes.find((n) => n.id === id)!.position.x;
    expect(x('lb/frontend:FIP1')).toBeLessThan(x('lb/rule:rule1'));
    expect(x('lb/rule:rule1')).toBeLessThan(x('lb/backendPool:pool'));
    expect(x('lb/backendPool:pool')).toBeLessThan(x('vm:VM1'));
    expect(nodes[0]!.ariaLabel).toBe('Frontend FIP1, 65.52.0.1');
  });

  it('prefers drag positions, then the stored layout, then the automatic one', () => {
    const t = setPositions(base, { 'frontend:FIP1': { x: 5, y: 6 }, 'rule:rule1': { x: 7, y: 8 } });
    const { nodes } = createFlowMapper()(input(t, { dragPositions: { 'lb/rule:rule1': { x: 100, y: 200 } } }));
    expect(nodes.find((n) => n.id === 'lb/frontend:FIP1')!.position).toEqual({ x: 5, y: 6 });
    expect(nodes.find((n) => n.id === 'lb/rule:rule1')!.position).toEqual({ x: 100, y: 200 });
  });

  it('keeps node and data objects identical across a drag except for the dragged node', () => {
    const map = createFlowMapper();
    const first = map(input(base));
    // A fresh analysis each time: equal findings must still give the same data objects.
    const second = map(input(base, { dragPositions: { 'vm:VM1': { x: 1, y: 1 } } }));
    for (const [i, n] of second.nodes.entries()) {
      expect(n.data).toBe(first.nodes[i]!.data);
      if (n.id !== 'vm:VM1') expect(n).toBe(first.nodes[i]);
    }
    expect(second.nodes.find((n) => n.id === 'vm:VM1')).not.toBe(first.nodes.find((n) => n.id === 'vm:VM1'));
  });

  it('keeps the very node and edge objects an edit does not touch (React Flow skips them)', () => {
    const map = createFlowMapper();
    const first = map(input(base));
    // Floating IP off on rule1: rule1 and what shares its backend port change, the other frontend does not.
    const second = map(input(updateElement(base, 'rule', 'rule1', { floatingIp: false })));
    const node = (out: typeof first, id: string) => out.nodes.find((n) => n.id === id);
    const edge = (out: typeof first, id: string) => out.edges.find((e) => e.id === id);
    expect(node(second, 'lb/frontend:FIP2')).toBe(node(first, 'lb/frontend:FIP2'));
    expect(edge(second, 'lb/frontend:FIP2->lb/rule:rule2')).toBeDefined();
    expect(edge(second, 'lb/frontend:FIP2->lb/rule:rule2')).toBe(edge(first, 'lb/frontend:FIP2->lb/rule:rule2'));
    expect(node(second, 'lb/rule:rule1')).not.toBe(node(first, 'lb/rule:rule1'));
    expect((node(second, 'lb/rule:rule1') as ElementNode).data.element).toMatchObject({ floatingIp: false });
  });

  it('hands back the same arrays when no node or edge changed (React Flow then rebuilds no lookup)', () => {
    const map = createFlowMapper();
    const first = map(input(base));
    // New edge selection and diagnostics objects, with nothing selected and the same findings as before.
    const same = map(input(base, { selectedEdges: new Set() }));
    expect(same.nodes).toBe(first.nodes);
    expect(same.edges).toBe(first.edges);
    // An equal topology in new objects: every node is new, but no wire changed.
    const again = map(input(structuredClone(base)));
    expect(again.nodes).not.toBe(first.nodes);
    expect(again.edges).toBe(first.edges);
    const dragged = map(input(base, { dragPositions: { 'vm:VM1': { x: 1, y: 1 } } }));
    expect(dragged.nodes).not.toBe(first.nodes);
  });

  it('keeps other nodes where they were when a dragged node gets a stored position', () => {
    const map = createFlowMapper();
    const before = map(input(base)).nodes;
    const after = map(input(setPositions(base, { 'vm:VM1': { x: 999, y: 999 } }))).nodes;
    expect(after.find((n) => n.id === 'vm:VM2')!.position).toEqual(before.find((n) => n.id === 'vm:VM2')!.position);
  });

  it('only replaces the data of an element that changed', () => {
    const map = createFlowMapper();
    const first = map(input(base)).nodes;
    const next = updateElement(base, 'vm', 'VM2', { os: 'debian' });
    const second = map(input(next)).nodes;
    expect(second.find((n) => n.id === 'vm:VM1')!.data).toBe(first.find((n) => n.id === 'vm:VM1')!.data);
    expect(second.find((n) => n.id === 'vm:VM2')!.data).not.toBe(first.find((n) => n.id === 'vm:VM2')!.data);
  });

  it('reflects the selection and counts errors in the node and on shared wires', () => {
    // Turning floating IP off on both rules makes them collide on the same backend port and pool.
    const broken = updateElement(updateElement(base, 'rule', 'rule1', { floatingIp: false }), 'rule', 'rule2', { floatingIp: false });
    const { nodes, edges } = createFlowMapper()(input(broken, { selection: [{ kind: 'rule', name: 'rule1' }] }));
    const rule1 = elements(nodes).find((n) => n.id === 'lb/rule:rule1')!;
    expect(rule1.selected).toBe(true);
    expect(rule1.data.status.errors).toBeGreaterThan(0);
    expect(rule1.ariaLabel).toMatch(/^Rule rule1, TCP 80 → 80, floating IP off, \d+ errors?/);
    expect(edges.find((e) => e.id === 'lb/rule:rule1->lb/backendPool:pool')!.data!.status).toBe('error');
  });

  it('passes measured sizes back so React Flow keeps the nodes visible', () => {
    const { nodes } = createFlowMapper()(input(base, { measured: new Map([['vm:VM1', { width: 210, height: 80 }]]) }));
    expect(nodes.find((n) => n.id === 'vm:VM1')!.measured).toEqual({ width: 210, height: 80 });
  });

  it('marks highlighted wires with a class and keeps edge objects when the highlight does not change', () => {
    const map = createFlowMapper();
    const wire = 'lb/rule:rule1->lb/backendPool:pool';
    const plain = map(input(base)).edges;
    const lit = map(input(base, { highlightedWires: [wire] })).edges;
    expect(lit.find((e) => e.id === wire)!.className).toContain('fp-edge--traced');
    for (const [i, e] of lit.entries()) if (e.id !== wire) expect(e).toBe(plain[i]);
    const again = map(input(base, { highlightedWires: [wire] })).edges;
    for (const [i, e] of again.entries()) expect(e).toBe(lit[i]);
    const off = map(input(base)).edges;
    expect(off.find((e) => e.id === wire)!.className).not.toContain('fp-edge--traced');
  });

  it('draws a failing highlight with its own class, and only the highlighted wires change when the tone does', () => {
    const map = createFlowMapper();
    const wire = 'lb/rule:rule1->lb/backendPool:pool';
    const lit = map(input(base, { highlightedWires: [wire] })).edges;
    expect(lit.find((e) => e.id === wire)!.className).not.toContain('fp-edge--failing');
    const failing = map(input(base, { highlightedWires: [wire], highlightTone: 'failing' })).edges;
    expect(failing.find((e) => e.id === wire)!.className).toMatch(/fp-edge--traced fp-edge--failing/);
    for (const [i, e] of failing.entries()) if (e.id !== wire) expect(e).toBe(lit[i]);
    const normal = map(input(base, { highlightedWires: [wire], highlightTone: 'normal' })).edges;
    expect(normal.find((e) => e.id === wire)!.className).not.toContain('fp-edge--failing');
  });

  it('replaces only the nodes whose selected flag changes when the selection moves', () => {
    const map = createFlowMapper();
    const diagnostics = analyze(base).diagnostics;
    const first = map(flowInput(base, { diagnostics, selection: [{ kind: 'rule', name: 'rule1' }] }));
    const second = map(flowInput(base, { diagnostics, selection: [{ kind: 'rule', name: 'rule2' }] }));
    expect(second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(['lb/rule:rule1', 'lb/rule:rule2']);
    for (const [i, n] of second.nodes.entries()) expect(n.data).toBe(first.nodes[i]!.data);
    expect(second.edges).toBe(first.edges);
    // The same selection in a new array changes nothing.
    expect(map(flowInput(base, { diagnostics, selection: [{ kind: 'rule', name: 'rule2' }] })).nodes).toBe(second.nodes);
  });

  it('on a few hundred elements, an edit re-creates only the edited node and keeps every edge', () => {
    const big = benchLbTopology(BENCH_SMALL_COUNTS);
    const diagnostics = analyze(big).diagnostics;
    const map = createFlowMapper();
    const first = map(flowInput(big, { diagnostics }));
    // What the canvas renders right after the edit, before the analysis of the new topology arrives.
    const edited = updateElement(big, 'rule', 'rule1', { floatingIp: false });
    const second = map(flowInput(edited, { diagnostics }));
    expect(second.nodes).toHaveLength(first.nodes.length);
    expect(second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(['bench-lb/rule:rule1']);
    expect(second.edges).toBe(first.edges);
    // Then the new analysis: only nodes and wires whose findings changed are new.
    const third = map(flowInput(edited, { diagnostics: analyze(edited).diagnostics }));
    const renewed = third.nodes.filter((n, i) => n !== second.nodes[i]);
    for (const n of elements(renewed)) expect(n.data.status).not.toEqual(elements(second.nodes).find((m) => m.id === n.id)!.data.status);
  });

  it('gives the unmeasured nodes of a large canvas the size and handles of their kind, and measured ones their own', () => {
    const big = benchLbTopology(BENCH_SMALL_COUNTS);
    const map = createFlowMapper();
    const vm = (nodes: readonly CanvasNode[]) => elements(nodes).find((n) => n.id === 'vm:vm0')!;
    const rule = (nodes: readonly CanvasNode[]) => elements(nodes).find((n) => n.type === 'rule')!;
    const first = map(flowInput(big));
    expect(vm(first.nodes).measured).toEqual(PREDICTED_SIZE.vm);
    // A VM takes wires in on the left only; a rule in on the left and out on the right, halfway down.
    expect(vm(first.nodes).handles).toEqual([
      { id: null, type: 'target', position: 'left', x: -5.5, y: PREDICTED_SIZE.vm.height / 2 - 5.5, width: 11, height: 11 },
    ]);
    expect(rule(first.nodes).handles!.map((h) => [h.type, h.x])).toEqual([
      ['target', -5.5],
      ['source', PREDICTED_SIZE.rule.width - 5.5],
    ]);
    // Once the browser has measured it, its own size and no predicted handles (React Flow keeps the measured ones).
    const measured = map(flowInput(big, { measured: new Map([['vm:vm0', { width: 230, height: 101 }]]) }));
    expect(vm(measured.nodes).measured).toEqual({ width: 230, height: 101 });
    expect(vm(measured.nodes).handles).toBeUndefined();
    // A small canvas draws every node, so React Flow measures each: nothing is predicted.
    const small = elements(createFlowMapper()(input(base)).nodes);
    expect(small.every((n) => n.measured === undefined && n.handles === undefined)).toBe(true);
  });
});
