import { describe, expect, it } from 'vitest';
import { elementsOf, nodeId, type NodeKind } from '../../core/edit/ids';
import { preset, PRESET_NAMES } from '../../core/testing/presets';
import { loadDagre } from './dagre';
import { asV2, lbId } from './flowInput.testing';
import { arrange } from './layout';
import { likeTables } from './tableOrder';

describe('likeTables', () => {
  it('mirrors rows that run against the lists, and keeps rows that follow them', () => {
    const rows: Record<string, number> = { a: 10, b: -90, c: 5, d: 50 };
    const mirrored = likeTables(
      [
        ['a', 'b'],
        ['c', 'd', 'x'],
      ],
      (id) => rows[id] ?? 0,
    );
    // [a, b] runs against its list by 100, [c, d] with it by 45: mirrored overall.
    expect(mirrored('a')).toBeLessThan(mirrored('b'));
    const kept = likeTables([['c', 'd']], (id) => rows[id] ?? 0);
    expect(kept('c')).toBe(5);
    // A column of one says nothing either way.
    expect(likeTables([['a']], (id) => rows[id] ?? 0)('a')).toBe(10);
  });

  it.each(PRESET_NAMES)('Arrange lays out %s in the order of its tables: first on top', async (name) => {
    const t = preset(name);
    const at = arrange(asV2(t), undefined, await loadDagre());
    for (const kind of ['frontend', 'rule', 'vm'] as NodeKind[]) {
      const ys = elementsOf(t, kind).map((e) => at[lbId(nodeId(kind, e.name), t.loadBalancer.name)]!.y);
      expect(ys, kind).toEqual([...ys].sort((a, b) => a - b));
    }
  });
});
