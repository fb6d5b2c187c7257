import { describe, expect, it } from 'vitest';
import { natRule, topology } from '../testing/builders';
import { applianceTopology, clusterTopology } from '../testing/holderTopologies';
import { preset } from '../testing/presets';
import { traceFlow, type TraceOptions } from '../trace/trace';
import type { LbTopology } from '../topology/schema';
import { panelContent } from './content';
import { layoutPanel } from './layout';
import { diagramMsg } from './messages';
import { drawn, panel, rows } from './svgParts.testing';

// Issue 17: Azure sends health probes from its own address (168.63.129.16; reference §2.7, docs/diagrams.md), so the
// probe's arrow starts at an "Azure platform" lifeline, never at the load balancer's frontend.

const names = { lb: 'lb', frontend: 'FIP1', os: 'windows' };
function layoutOf(t: LbTopology, options: TraceOptions) {
  const r = traceFlow(t, options);
  if (!r.ok) throw new Error(r.error);
  const content = panelContent(r.trace, true, names, diagramMsg(options.locale));
  return { content, layout: layoutPanel(content) };
}

describe('trace diagram: the health probe comes from the Azure platform', () => {
  it.each([
    ['every member, floating IP on', preset('type2-floating-ip'), { rule: 'rule1', vm: 'VM1' }],
    ['every member, floating IP off', preset('type1-no-port-reuse'), { rule: 'rule2', vm: 'VM1' }],
    ['a cluster', clusterTopology('cluster-windows'), { rule: 'sql', vm: 'sql1' }],
    ['an appliance', applianceTopology(), { rule: 'ha-ports', vm: 'nva1' }],
  ] as const)('%s: a leftmost Azure lifeline labelled 168.63.129.16 sends every probe row', (_, t, options) => {
    const { content, layout } = layoutOf(t, options);
    expect(content.columns[0]).toBe('azure');
    const azure = content.nodes.find((n) => n.column === 'azure')!;
    expect(azure.title).toBe('Azure platform');
    expect(azure.lines.flat().map((s) => s.text)).toEqual(['168.63.129.16']);
    const probes = layout.rows.filter((r) => r.row.kind === 'probe');
    expect(probes.length).toBeGreaterThan(0);
    for (const p of probes) {
      expect(p.row.from).toBe('azure');
      expect(p.x1).toBe(layout.x.azure);
      expect(p.x1).not.toBe(layout.x.lb);
    }
    // The Azure lifeline stands left of the client, so no hop of the flow crosses it.
    expect(layout.x.azure).toBeLessThan(layout.x.client);
    for (const r of layout.rows.filter((x) => x.row.kind !== 'probe')) expect(Math.min(r.x1, r.x2)).toBeGreaterThan(layout.x.azure);
  });

  it('draws the lifeline box and the probe arrow from it in the SVG, in both panels, in Japanese too', () => {
    for (const locale of ['en', 'ja'] as const) {
      const svg = drawn(preset('type2-floating-ip'), { rule: 'rule1', vm: 'VM1', locale });
      for (const which of ['off', 'on'] as const) {
        const p = panel(svg, which);
        expect(p).toContain(locale === 'en' ? '>Azure platform<' : '>Azure プラットフォーム<');
        expect(p).toContain(locale === 'en' ? '>health probe source<' : '>正常性プローブの送信元<');
        const probe = rows(p).find((r) => r.startsWith('row-probe'))!;
        const { layout } = layoutOf(preset('type2-floating-ip'), { rule: 'rule1', vm: 'VM1', locale });
        expect(probe).toContain('168.63.129.16');
        // The arrow's tail (the circle) sits on the Azure lifeline, the leftmost one.
        const cx = Number(/<circle class="a-probe" cx="([\d.]+)"/.exec(probe)?.[1]);
        const lifelines = [...p.matchAll(/<line class="life" x1="([\d.]+)"/g)].map((m) => Number(m[1]));
        expect(cx).toBe(Math.min(...lifelines));
        expect(layout.x.azure).toBeLessThan(layout.x.lb);
      }
    }
  });

  it('an inbound NAT rule has no probe, so no Azure lifeline', () => {
    const { content } = layoutOf(topology({ inboundNatRules: [natRule('rdp-vm1')] }), { rule: 'rdp-vm1', kind: 'natRule', vm: 'VM1' });
    expect(content.columns).not.toContain('azure');
    expect(content.nodes.some((n) => n.column === 'azure')).toBe(false);
  });
});
