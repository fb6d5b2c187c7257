// The draw.io and Mermaid diagrams of a whole design: each load balancer a group (a draw.io container, a Mermaid
// subgraph) holding its elements, the shared VMs once outside, and the references between load balancers as dashed,
// labelled edges. A design of one load balancer is drawn as its view, as before format v2.
import { defineMessages, fill, type Locale } from '../i18n/locale';
import { lbView, lbViews } from '../topology/design';
import type { LbTopology, Topology } from '../topology/schema';
import { chartEn } from './chartMessages.en';
import { chartJa } from './chartMessages.ja';
import { designFrames, designId, designNodes, designWires, type DesignFrame, type DesignWire, type Metrics } from './designGraph';
import { drawioXml, EDGE_STYLE, num, PROBE_EDGE_STYLE, STENCIL, VERTEX_STYLE, xmlAttr } from './drawio';
import { mermaidFlowchart, mermaidText, SHAPE } from './mermaid';
import { chartNodes, type ChartKind } from './wires';

const chartMessages = defineMessages(chartEn, chartJa);
const say = (locale: Locale, key: keyof typeof chartEn, params?: Record<string, string | number>) =>
  fill(chartMessages[locale][key], params);

// A stencil is ~70 px with its label below; the automatic columns are 260 px apart, as chartNodes places them.
const METRICS: Metrics = { width: () => 120, height: 90, rowStep: 140, columnGap: 140, minColumn: 120, pad: 30, title: 30 };

const FRAME_STYLE =
  'rounded=1;whiteSpace=wrap;html=0;container=1;collapsible=0;dashed=1;fillColor=none;verticalAlign=top;align=left;spacingLeft=10;fontStyle=1;';
const REF_STYLE = `${EDGE_STYLE}dashed=1;dashPattern=8 4;`;

interface Drawn {
  id: string;
  kind: ChartKind;
  name: string;
  title: string;
  facts: string[];
  loadBalancer?: string;
  x: number;
  y: number;
}

// Every element with the chart's words (title and facts, as chartNodes gives them) at the design's positions.
function drawnNodes(t: Topology, locale: Locale): { nodes: Drawn[]; wires: DesignWire[]; frames: DesignFrame[] } {
  const words = new Map<string, { title: string; facts: string[] }>();
  for (const view of lbViews(t))
    for (const n of chartNodes(view, locale)) words.set(designId(n.kind, n.name, n.kind === 'vm' ? undefined : view.loadBalancer.name), n);
  const placed = designNodes(t, METRICS);
  const nodes = placed.map((n) => ({
    id: n.id,
    kind: n.kind,
    name: n.element.name,
    ...(n.loadBalancer !== undefined && { loadBalancer: n.loadBalancer }),
    title: words.get(n.id)?.title ?? say(locale, `label.${n.kind}`, { name: n.element.name }),
    facts: words.get(n.id)?.facts ?? [],
    x: n.x,
    y: n.y,
  }));
  return { nodes, wires: designWires(t, placed), frames: designFrames(t, placed, METRICS) };
}

const frameLabel = (f: DesignFrame) =>
  `${f.loadBalancer.name} (${[f.loadBalancer.sku, f.loadBalancer.type, f.loadBalancer.tier ?? 'Regional'].join(', ')})`;

/**
 * A topology as a draw.io file: one load balancer's view (drawioXml), or a whole design with each load balancer a
 * container of its elements (moving it in draw.io moves them). Deterministic.
 */
export function designDrawioXml(t: LbTopology | Topology, options: { locale?: Locale } = {}): string {
  if (!('loadBalancers' in t)) return drawioXml(t, options);
  if (t.loadBalancers.length === 1) return drawioXml(lbView(t, 0), options);
  const locale = options.locale ?? 'en';
  const { nodes, wires, frames } = drawnNodes(t, locale);
  const frameOf = new Map(frames.map((f, k) => [f.loadBalancer.name, { f, id: `g${k + 1}` }]));
  const cellOf = new Map(nodes.map((n, i) => [n.id, `n${i + 1}`]));
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="Floatplan" type="device">',
    `  <diagram id="floatplan" name="${xmlAttr(say(locale, 'designTitle', { name: t.name }))}">`,
    '    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    '      <root>',
    '        <mxCell id="0" />',
    '        <mxCell id="1" parent="0" />',
  ];
  for (const { f, id } of frameOf.values())
    lines.push(
      `        <mxCell id="${id}" value="${xmlAttr(frameLabel(f))}" style="${FRAME_STYLE}" vertex="1" parent="1">`,
      `          <mxGeometry x="${num(f.left)}" y="${num(f.top)}" width="${num(f.right - f.left)}" height="${num(f.bottom - f.top)}" as="geometry" />`,
      '        </mxCell>',
    );
  for (const n of nodes) {
    const s = STENCIL[n.kind];
    const frame = n.loadBalancer === undefined ? undefined : frameOf.get(n.loadBalancer);
    // A container's children sit at positions relative to it.
    const [x, y] = frame ? [n.x - frame.f.left, n.y - frame.f.top] : [n.x, n.y];
    lines.push(
      `        <mxCell id="${cellOf.get(n.id)}" value="${xmlAttr([n.title, ...n.facts].join('\n'))}" style="${VERTEX_STYLE}${s.image};" vertex="1" parent="${frame?.id ?? '1'}">`,
      `          <mxGeometry x="${num(x)}" y="${num(y)}" width="${s.width}" height="${s.height}" as="geometry" />`,
      '        </mxCell>',
    );
  }
  wires.forEach((w, i) => {
    const ref = w.kind !== 'wire' && w.kind !== 'rule-probe' ? w.kind : undefined;
    const style = w.kind === 'rule-probe' ? PROBE_EDGE_STYLE : ref ? REF_STYLE : EDGE_STYLE;
    const value = ref ? ` value="${xmlAttr(say(locale, `ref.${ref}`))}"` : '';
    lines.push(
      `        <mxCell id="e${i + 1}"${value} style="${style}" edge="1" parent="1" source="${cellOf.get(w.source)}" target="${cellOf.get(w.target)}">`,
      '          <mxGeometry relative="1" as="geometry" />',
      '        </mxCell>',
    );
  });
  lines.push('      </root>', '    </mxGraphModel>', '  </diagram>', '</mxfile>', '');
  return lines.join('\n');
}

/**
 * A topology as a Mermaid flowchart: one load balancer's view (mermaidFlowchart), or a whole design with a subgraph
 * per load balancer, the VMs outside, and the references between load balancers as dashed, labelled arrows.
 */
export function designMermaidFlowchart(t: LbTopology | Topology, options: { locale?: Locale } = {}): string {
  if (!('loadBalancers' in t)) return mermaidFlowchart(t, options);
  if (t.loadBalancers.length === 1) return mermaidFlowchart(lbView(t, 0), options);
  const locale = options.locale ?? 'en';
  const { nodes, wires, frames } = drawnNodes(t, locale);
  const used = new Set<string>();
  const idOf = new Map<string, string>();
  for (const n of nodes) {
    const lb = n.loadBalancer === undefined ? '' : `${t.loadBalancers.findIndex((l) => l.name === n.loadBalancer) + 1}_`;
    const base = `${n.kind}_${lb}${n.name.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    idOf.set(n.id, id);
  }
  const line = (n: Drawn, indent: string) => {
    const [open, close] = SHAPE[n.kind];
    return `${indent}${idOf.get(n.id)}${open}"${[n.title, ...n.facts].map(mermaidText).join('<br/>')}"${close}`;
  };
  const lines = ['flowchart LR'];
  frames.forEach((f, k) => {
    lines.push(`  subgraph lb_${k + 1}["${mermaidText(frameLabel(f))}"]`);
    for (const n of nodes) if (n.loadBalancer === f.loadBalancer.name) lines.push(line(n, '    '));
    lines.push('  end');
  });
  for (const n of nodes) if (n.loadBalancer === undefined) lines.push(line(n, '  '));
  for (const w of wires) {
    const [s, d] = [idOf.get(w.source), idOf.get(w.target)];
    if (w.kind === 'wire') lines.push(`  ${s} --> ${d}`);
    else if (w.kind === 'rule-probe') lines.push(`  ${s} -.-> ${d}`);
    else lines.push(`  ${s} -. "${mermaidText(say(locale, `ref.${w.kind}`))}" .-> ${d}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The design's flowchart in a Markdown ```mermaid block. */
export function designMermaidMarkdown(t: LbTopology | Topology, options: { locale?: Locale } = {}): string {
  return `\`\`\`mermaid\n${designMermaidFlowchart(t, options)}\`\`\`\n`;
}
