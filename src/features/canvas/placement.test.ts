import { describe, expect, it } from 'vitest';
import { nodeId, type NodeKind } from '../../core/edit/ids';
import { preset } from '../../core/testing/presets';
import { loadDagre } from './dagre';
import { asV2, lbId } from './flowInput.testing';
import { arrange, DEFAULT_NODE_SIZE } from './layout';
import { COLUMN_STEP, freeSpot, NODE_GAP, placeNew, type PlacedNode } from './placement';

const { width: W, height: H } = DEFAULT_NODE_SIZE;
const at = (kind: NodeKind, x: number, y: number, height = H): PlacedNode => ({ kind, x, y, width: W, height });

/** Whether two placed boxes overlap (touching edges do not). */
const overlap = (a: PlacedNode, b: PlacedNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Adds `count` nodes of `kind` one after another, as repeated palette clicks do. */
function addMany(kind: NodeKind, start: readonly PlacedNode[], count: number): PlacedNode[] {
  const all = [...start];
  for (let i = 0; i < count; i++) all.push({ kind, ...placeNew(kind, all), width: W, height: H });
  return all;
}

describe('placeNew', () => {
  it('puts a node below the last node of its column, whatever the order the nodes come in', () => {
    const nodes = [at('vm', 960, 100), at('vm', 960, -100, 120), at('vm', 960, 0)];
    expect(placeNew('vm', nodes)).toEqual({ x: 960, y: 100 + H + NODE_GAP });
  });

  it('puts NAT rules in the rules column, below rules and NAT rules alike', () => {
    const nodes = [at('frontend', 0, 0), at('rule', 320, 0), at('rule', 320, 100), at('backendPool', 640, 0)];
    expect(placeNew('natRule', nodes)).toEqual({ x: 320, y: 100 + H + NODE_GAP });
  });

  it('starts an empty column one step from its nearest neighbour, level with the node it is wired to', () => {
    const nodes = [at('frontend', 0, 0), at('rule', 320, 50)];
    expect(placeNew('backendPool', nodes, { x: 320, y: 50 })).toEqual({ x: 320 + COLUMN_STEP, y: 50 });
    // Two columns away, and to the left when only columns to the right have nodes.
    expect(placeNew('vm', nodes)).toEqual({ x: 320 + 2 * COLUMN_STEP, y: 0 });
    expect(placeNew('frontend', [at('vm', 1000, 40)])).toEqual({ x: 1000 - 3 * COLUMN_STEP, y: 40 });
  });

  it('places the first node of an empty canvas at the origin of its column', () => {
    expect(placeNew('frontend', [])).toEqual({ x: 0, y: 0 });
    expect(placeNew('vm', [])).toEqual({ x: 3 * COLUMN_STEP, y: 0 });
  });

  it('steps past any node in the way, of any kind (a dragged or imported layout)', () => {
    const nodes = [at('vm', 960, 0), at('rule', 980, 100), at('backendPool', 900, 200, 150)];
    const spot = placeNew('vm', nodes);
    expect(spot).toEqual({ x: 960, y: 200 + 150 + NODE_GAP });
    const placed = { kind: 'vm' as const, ...spot, width: W, height: H };
    for (const n of nodes) expect(overlap(placed, n)).toBe(false);
  });

  it('seven clicks of each kind leave no two nodes overlapping', () => {
    let all: PlacedNode[] = [];
    for (const kind of ['frontend', 'rule', 'natRule', 'backendPool', 'vm'] as const) all = addMany(kind, all, 7);
    expect(all).toHaveLength(35);
    for (const [i, a] of all.entries())
      for (const b of all.slice(i + 1)) expect(overlap(a, b), `${a.kind}@${a.y} ${b.kind}@${b.y}`).toBe(false);
    // Every kind kept to one column.
    const xs = (k: NodeKind) => new Set(all.filter((n) => n.kind === k).map((n) => n.x));
    expect([...xs('rule'), ...xs('natRule')]).toEqual([COLUMN_STEP, COLUMN_STEP]);
    expect(xs('vm').size).toBe(1);
  });

  it('adds a VM after an imported layout in the VM column, clear of every node', async () => {
    const t = preset('sap-ascs-ers');
    const layout = arrange(asV2(t), undefined, await loadDagre());
    const kinds = { frontend: t.frontends, rule: t.rules, backendPool: t.backendPools, vm: t.vms } as const;
    const nodes = Object.entries(kinds).flatMap(([kind, list]) =>
      list.map((e) => ({ ...layout[lbId(nodeId(kind as NodeKind, e.name))]!, kind: kind as NodeKind, width: W, height: H })),
    );
    const vmX = layout[lbId(nodeId('vm', t.vms[0]!.name))]!.x;
    const spot = placeNew('vm', nodes);
    expect(spot.x).toBe(vmX);
    expect(spot.y).toBeGreaterThan(Math.max(...nodes.filter((n) => n.kind === 'vm').map((n) => n.y)));
    for (const n of nodes) expect(overlap({ kind: 'vm', ...spot, width: W, height: H }, n)).toBe(false);
  });
});

describe('freeSpot', () => {
  it('keeps a free spot and rounds it', () => {
    expect(freeSpot({ x: 10.4, y: 20.6 }, DEFAULT_NODE_SIZE, [at('vm', 400, 20)])).toEqual({ x: 10, y: 21 });
  });

  it('keeps a gap: a spot touching another node moves below it', () => {
    expect(freeSpot({ x: 0, y: H }, DEFAULT_NODE_SIZE, [at('vm', 0, 0)])).toEqual({ x: 0, y: H + NODE_GAP });
  });
});
