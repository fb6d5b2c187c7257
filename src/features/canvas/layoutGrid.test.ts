import { describe, expect, it } from 'vitest';
import { benchTopology } from './benchTopology';
import { parseCanvasId } from './canvasIds';
import { dagreIfLoaded } from './dagre';
import { arrange, placeBands } from './layout';

// dagre never loads in this file: these are the grid's geometry in the tables' order (dagre only reorders bands).
type Box = { x: number; y: number; width: number; height: number };
const boxes = (at: Record<string, { x: number; y: number }>, sizeOf: (id: string) => { width: number; height: number }): Box[] =>
  Object.entries(at).map(([id, p]) => ({ ...p, ...sizeOf(id) }));
const overlapping = (all: Box[]) => {
  const pairs: [Box, Box][] = [];
  const sorted = [...all].sort((a, b) => a.x - b.x);
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      if (b.x >= a.x + a.width) break;
      if (a.y < b.y + b.height && b.y < a.y + a.height) pairs.push([a, b]);
    }
  }
  return pairs;
};
const extent = (all: Box[]) => {
  const w = Math.max(...all.map((b) => b.x + b.width)) - Math.min(...all.map((b) => b.x));
  const h = Math.max(...all.map((b) => b.y + b.height)) - Math.min(...all.map((b) => b.y));
  return w / h;
};

describe('arranging large topologies', () => {
  const big = benchTopology();
  // Nodes of a few sizes, as the browser measures them (names and badges differ).
  const sizeOf = (id: string) => ({ width: 180 + (id.length % 4) * 20, height: 60 + (id.length % 3) * 15 });

  it('has no dagre here', () => expect(dagreIfLoaded()).toBeUndefined());

  it.each([1.6, 1440 / 900, 1280 / 720, 390 / 844])('wraps each kind into sub-columns near a %f aspect, with no overlaps', (aspect) => {
    const at = arrange(big, sizeOf, dagreIfLoaded(), aspect);
    expect(Object.keys(at)).toHaveLength(1000);
    const all = boxes(at, sizeOf);
    expect(overlapping(all)).toEqual([]);
    const ratio = extent(all);
    expect(ratio).toBeGreaterThan(aspect / 1.5);
    expect(ratio).toBeLessThan(aspect * 1.5);
  });

  it('keeps the kinds in bands left to right over every load balancer: every VM right of every pool, every pool right of every rule', () => {
    const at = arrange(big, sizeOf);
    const xs = (kind: string) => Object.entries(at).flatMap(([id, p]) => (parseCanvasId(id)?.kind === kind ? [p.x] : []));
    expect(Math.max(...xs('frontend'))).toBeLessThan(Math.min(...xs('rule')));
    expect(Math.max(...xs('rule'))).toBeLessThan(Math.min(...xs('backendPool')));
    expect(Math.max(...xs('backendPool'))).toBeLessThan(Math.min(...xs('vm')));
  });

  it('places nothing on top of anything in a band of mixed sizes', () => {
    const band = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, size: { width: 100 + (i % 5) * 60, height: 40 + (i % 7) * 20 } }));
    const at = placeBands([band, band.slice(0, 3).map((p) => ({ ...p, id: `m${p.id}` }))], 2);
    const size = new Map([...band, ...band.slice(0, 3).map((p) => ({ ...p, id: `m${p.id}` }))].map((p) => [p.id, p.size]));
    expect(overlapping(boxes(at, (id) => size.get(id)!))).toEqual([]);
    expect(new Set(band.map((p) => at[p.id]!.x)).size).toBeGreaterThan(1);
  });
});
