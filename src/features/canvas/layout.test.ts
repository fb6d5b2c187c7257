import { describe, expect, it } from 'vitest';
import { wiresOf } from '../../core/edit/graph';
import { preset } from '../../core/testing/presets';
import type { LbTopology } from '../../core/topology/schema';
import { dagreIfLoaded } from './dagre';
import { arrange, needsAutoLayout, prepareLayout } from './layout';

// SAP ASCS/ERS with its two rules listed in reverse: in the topology's order, their wires from the frontends cross.
const sap = preset('sap-ascs-ers');
const reversed: LbTopology = { ...sap, rules: [...sap.rules].reverse() };

/** Pairs of wires that cross: their ends sit in opposite orders in their two columns. */
function crossings(t: LbTopology, at: Record<string, { x: number; y: number }>): number {
  const wires = wiresOf(t).map((w) => ({ a: at[w.source]!, b: at[w.target]! }));
  let n = 0;
  for (const [i, v] of wires.entries()) {
    for (const w of wires.slice(i + 1)) {
      if (v.a.x === w.a.x && v.b.x === w.b.x && (v.a.y - w.a.y) * (v.b.y - w.b.y) < 0) n++;
    }
  }
  return n;
}

describe('automatic layout', () => {
  it('needs positions only while some node has none stored', () => {
    expect(needsAutoLayout(sap)).toBe(true);
    const placed = { ...sap, layout: arrange(sap) };
    expect(needsAutoLayout(placed)).toBe(false);
  });

  it('fetches dagre only for a topology that needs it, and then orders columns so wires do not cross', async () => {
    await prepareLayout({ ...sap, layout: arrange(sap) });
    expect(dagreIfLoaded()).toBeUndefined();
    const plain = arrange(reversed);
    expect(crossings(reversed, plain)).toBeGreaterThan(0);

    await prepareLayout(reversed);
    const dagre = dagreIfLoaded();
    expect(dagre).toBeDefined();
    const ordered = arrange(reversed, undefined, dagre);
    expect(crossings(reversed, ordered)).toBe(0);
    // The same columns either way: dagre only changes the order within each.
    expect(Object.keys(ordered).sort()).toEqual(Object.keys(plain).sort());
    for (const id of Object.keys(plain)) expect(ordered[id]!.x, id).toBe(plain[id]!.x);
  });

  it('leaves a small topology one column per kind, in the tables’ order with dagre too', async () => {
    await prepareLayout(preset('type1-no-port-reuse'));
    for (const name of ['type1-no-port-reuse', 'type2-floating-ip', 'tls-endpoints']) {
      const t = preset(name);
      const at = arrange(t, undefined, dagreIfLoaded());
      const column = (kind: string) =>
        Object.entries(at)
          .filter(([id]) => id.startsWith(`${kind}:`))
          .sort((a, b) => a[1].y - b[1].y);
      expect(
        column('frontend').map(([id]) => id.slice('frontend:'.length)),
        name,
      ).toEqual(t.frontends.map((f) => f.name));
      expect(
        column('vm').map(([id]) => id.slice('vm:'.length)),
        name,
      ).toEqual(t.vms.map((v) => v.name));
      expect(new Set(column('vm').map(([, p]) => p.x)).size, name).toBe(1);
    }
  });
});
