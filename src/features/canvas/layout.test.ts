import { describe, expect, it } from 'vitest';
import { preset } from '../../core/testing/presets';
import type { LbTopology } from '../../core/topology/schema';
import { canvasWires } from './canvasWires';
import { asV2 } from './flowInput.testing';
import { dagreIfLoaded } from './dagre';
import { arrange, needsAutoLayout, prepareLayout } from './layout';

// SAP ASCS/ERS with its two rules listed in reverse: in the topology's order, their wires from the frontends cross.
const sapV1 = preset('sap-ascs-ers');
const sap = asV2(sapV1);
const reversed = asV2({ ...sapV1, rules: [...sapV1.rules].reverse() } satisfies LbTopology);

/** Pairs of wires that cross: their ends sit in opposite orders in their two columns. */
function crossings(t: ReturnType<typeof asV2>, at: Record<string, { x: number; y: number }>): number {
  const wires = canvasWires(t).map((w) => ({ a: at[w.source]!, b: at[w.target]! }));
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
    await prepareLayout(asV2(preset('type1-no-port-reuse')));
    for (const name of ['type1-no-port-reuse', 'type2-floating-ip', 'tls-endpoints']) {
      const t = preset(name);
      const at = arrange(asV2(t), undefined, dagreIfLoaded());
      const column = (kind: string) =>
        Object.entries(at)
          .filter(([id]) => id.startsWith(kind === 'vm' ? 'vm:' : `${t.loadBalancer.name}/${kind}:`))
          .sort((a, b) => a[1].y - b[1].y);
      expect(
        column('frontend').map(([id]) => id.slice(`${t.loadBalancer.name}/frontend:`.length)),
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

describe('automatic layout of several load balancers', () => {
  it('gives each load balancer its own band, one below the other, and the shared VMs one column right of them all', () => {
    const one = asV2(preset('type2-floating-ip'));
    const lb = one.loadBalancers[0]!;
    const two = { ...one, loadBalancers: [lb, { ...lb, name: 'ilb', type: 'Internal' as const }] };
    const at = arrange(two);
    const band = (name: string) => Object.entries(at).filter(([id]) => id.startsWith(`${name}/`));
    const bottom = (name: string) => Math.max(...band(name).map(([, p]) => p.y + 78));
    const top = (name: string) => Math.min(...band(name).map(([, p]) => p.y));
    expect(band('lb')).toHaveLength(5);
    expect(band('ilb')).toHaveLength(5);
    expect(top('ilb')).toBeGreaterThan(bottom('lb'));
    const right = Math.max(
      ...Object.entries(at)
        .filter(([id]) => !id.startsWith('vm:'))
        .map(([, p]) => p.x + 210),
    );
    expect(at['vm:VM1']!.x).toBeGreaterThan(right);
    expect(at['vm:VM2']!.x).toBe(at['vm:VM1']!.x);
  });
});
