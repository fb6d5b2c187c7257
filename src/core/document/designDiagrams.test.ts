import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { presetTopology, preset } from '../testing/presets';
import { lbView, migrateV1 } from '../topology/design';
import type { Topology } from '../topology/schema';
import { analyzeTopology } from '../validation/analyzeTopology';
import { canvasSvg } from './canvasSvg';
import { designCanvasSvg } from './designCanvasSvg';
import { designDrawioXml, designMermaidFlowchart, designMermaidMarkdown } from './designChart';
import { drawioXml } from './drawio';
import { mermaidFlowchart } from './mermaid';

const sandwich = presetTopology('nva-sandwich');
const cross = presetTopology('cross-region');
const count = (s: string, part: string) => s.split(part).length - 1;
const box = (svg: string, id: string) => {
  const m = new RegExp(`data-id="${id}">\\n<rect x="([\\d.-]+)" y="([\\d.-]+)" width="([\\d.]+)" height="([\\d.]+)"`).exec(svg)!;
  return { left: Number(m[1]), top: Number(m[2]), right: Number(m[1]) + Number(m[3]), bottom: Number(m[2]) + Number(m[4]) };
};
const frame = (svg: string, lb: string) => {
  const m = new RegExp(`data-lb="${lb}">\\n<rect x="([\\d.-]+)" y="([\\d.-]+)" width="([\\d.]+)" height="([\\d.]+)"`).exec(svg)!;
  return { left: Number(m[1]), top: Number(m[2]), right: Number(m[1]) + Number(m[3]), bottom: Number(m[2]) + Number(m[4]) };
};

describe('the canvas SVG of a design', () => {
  const svg = designCanvasSvg(sandwich, { diagnostics: analyzeTopology(sandwich).diagnostics });

  it('frames each load balancer around its own elements, and draws each shared VM once, outside', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const lb of sandwich.loadBalancers) {
      const f = frame(svg, lb.name);
      expect(svg).toContain(`>${lb.name}</text>`);
      for (const id of [
        ...lb.frontends.map((x) => `frontend:${x.name}`),
        ...lb.rules.map((x) => `rule:${x.name}`),
        ...lb.backendPools.map((x) => `backendPool:${x.name}`),
      ]) {
        const b = box(svg, `${lb.name}/${id}`);
        expect(b.left >= f.left && b.right <= f.right && b.top >= f.top && b.bottom <= f.bottom, `${lb.name}/${id} inside its frame`).toBe(
          true,
        );
      }
    }
    const [a, b] = sandwich.loadBalancers.map((lb) => frame(svg, lb.name));
    expect(a!.bottom < b!.top || b!.bottom < a!.top || a!.right < b!.left || b!.right < a!.left).toBe(true);
    for (const vm of sandwich.vms) {
      expect(count(svg, `data-id="vm:${vm.name}"`)).toBe(1);
      for (const lb of sandwich.loadBalancers)
        expect(svg).toContain(`data-source="${lb.name}/backendPool:appliances" data-target="vm:${vm.name}"`);
    }
    expect(svg).toContain('Load balancers lb-public, lb-internal:');
  });

  it('draws the Global pool’s regional frontends as dashed reference wires', () => {
    const out = designCanvasSvg(cross);
    for (const region of ['lb-west', 'lb-east'])
      expect(out).toMatch(
        new RegExp(
          `<path class="wire wire--ref wire--global wire--ok" data-source="lb-global/backendPool:regions" data-target="${region}/frontend:web"[^>]* stroke-dasharray="6 4"/>`,
        ),
      );
  });

  it('puts a node where the layout says (its v2 key), and badges an element of one load balancer only', () => {
    const placed: Topology = { ...sandwich, layout: { 'lb-internal/frontend:next-hop': { x: 1234, y: 567 } } };
    expect(box(designCanvasSvg(placed), 'lb-internal/frontend:next-hop')).toMatchObject({ left: 1234, top: 567 });
    const t: Topology = {
      ...sandwich,
      loadBalancers: sandwich.loadBalancers.map((lb, i) =>
        i === 1 ? { ...lb, rules: [...lb.rules, { ...lb.rules[0]!, name: 'clash' }] } : lb,
      ),
    };
    const out = designCanvasSvg(t, { diagnostics: analyzeTopology(t).diagnostics });
    const group = (id: string) => out.slice(out.indexOf(`data-id="${id}"`)).split('</g>')[0]!;
    expect(group('lb-internal/rule:clash')).toContain('badge--error');
    expect(group(`lb-public/rule:${sandwich.loadBalancers[0]!.rules[0]!.name}`)).not.toContain('badge--error');
  });

  it('draws a design of one load balancer exactly as its view, and is deterministic', () => {
    const one = migrateV1(preset('type2-floating-ip'));
    expect(designCanvasSvg(one, { locale: 'ja' })).toBe(canvasSvg(lbView(one, 0), { locale: 'ja' }));
    expect(designCanvasSvg(structuredClone(sandwich), { diagnostics: analyzeTopology(sandwich).diagnostics })).toBe(svg);
  });
});

describe('the draw.io file of a design', () => {
  const xml = designDrawioXml(cross);
  const cells = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).mxfile.diagram.mxGraphModel.root
    .mxCell as Record<string, string>[];

  it('makes each load balancer a container of its elements; the VMs stay at the root', () => {
    const containers = cells.filter((c) => c.style?.includes('container=1'));
    expect(containers.map((c) => c.value)).toEqual([
      'lb-global (Standard, Public, Global)',
      'lb-west (Standard, Public, Regional)',
      'lb-east (Standard, Public, Regional)',
    ]);
    const west = containers[1]!.id;
    expect(cells.filter((c) => c.parent === west).map((c) => c.value!.split('&#xa;')[0])).toEqual([
      'Frontend web',
      'Rule https',
      'Backend pool web',
      'Health probe https',
    ]);
    for (const vm of cross.vms) expect(cells.find((c) => c.value?.startsWith(`VM ${vm.name}&#xa;`))?.parent).toBe('1');
  });

  it('draws every edge between drawn cells, the Global members labelled', () => {
    const ids = new Set(cells.map((c) => c.id));
    const edges = cells.filter((c) => c.edge === '1');
    for (const e of edges) expect(ids.has(e.source!) && ids.has(e.target!)).toBe(true);
    expect(edges.filter((e) => e.value === 'Global pool member')).toHaveLength(2);
  });

  it('is the view’s file for one load balancer', () => {
    const one = migrateV1(preset('type2-floating-ip'));
    expect(designDrawioXml(one)).toBe(drawioXml(lbView(one, 0)));
  });
});

describe('the Mermaid flowchart of a design', () => {
  it('has a subgraph per load balancer, the VMs outside, and labelled references', () => {
    const chart = designMermaidFlowchart(cross);
    expect(chart.match(/^ {2}subgraph .*$/gm)).toEqual([
      '  subgraph lb_1["lb-global (Standard, Public, Global)"]',
      '  subgraph lb_2["lb-west (Standard, Public, Regional)"]',
      '  subgraph lb_3["lb-east (Standard, Public, Regional)"]',
    ]);
    expect(chart).toContain('  backendPool_1_regions -. "Global pool member" .-> frontend_2_web');
    expect(chart).toContain('  backendPool_1_regions -. "Global pool member" .-> frontend_3_web');
    expect(chart).toMatch(/^ {2}vm_web_west_1\["VM web-west-1/m);
    expect(designMermaidMarkdown(cross, { locale: 'ja' })).toContain('グローバル プールのメンバー');
    const one = migrateV1(preset('type2-floating-ip'));
    expect(designMermaidFlowchart(one)).toBe(mermaidFlowchart(lbView(one, 0)));
  });
});
