import type { Locale } from '../i18n/locale';
import type { LbTopology } from '../topology/schema';
import { chartNodes, chartTitle, chartWires, type ChartKind } from './wires';

// A draw.io (diagrams.net) file of the topology: mxGraph XML, one vertex per element with draw.io's own Azure
// stencils (referenced by their library path, `img/lib/azure2/…`, never copied), one edge per wire.

/** draw.io's azure2 stencil for each kind, and the size it is drawn at. */
export const STENCIL: Record<ChartKind, { image: string; width: number; height: number }> = {
  frontend: { image: 'img/lib/azure2/networking/Public_IP_Addresses.svg', width: 65, height: 52 },
  rule: { image: 'img/lib/azure2/networking/Load_Balancers.svg', width: 72, height: 72 },
  natRule: { image: 'img/lib/azure2/networking/NAT.svg', width: 68, height: 68 },
  backendPool: { image: 'img/lib/azure2/compute/Availability_Sets.svg', width: 68, height: 68 },
  vm: { image: 'img/lib/azure2/compute/Virtual_Machine.svg', width: 69, height: 64 },
  probe: { image: 'img/lib/azure2/management_governance/Monitor.svg', width: 64, height: 64 },
};

/** A vertex's style before its stencil's image path. */
export const VERTEX_STYLE =
  'image;aspect=fixed;html=0;points=[];align=center;fontSize=12;verticalLabelPosition=bottom;verticalAlign=top;labelBackgroundColor=none;image=';
/** A wire's style; a rule's health probe wire is dashed. */
export const EDGE_STYLE = 'edgeStyle=orthogonalEdgeStyle;rounded=0;html=0;endArrow=block;endFill=1;';
export const PROBE_EDGE_STYLE = `${EDGE_STYLE}dashed=1;`;

// Characters XML 1.0 cannot hold: C0 controls other than tab and line breaks, U+FFFE/U+FFFF, lone surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as an XML attribute value: markup characters as entities, line breaks as `&#xa;` (draw.io's line break in a
 * plain label), and characters XML 1.0 cannot hold as U+FFFD.
 * @example xmlAttr('a<b & "c"') // 'a&lt;b &amp; &quot;c&quot;'
 */
export function xmlAttr(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r\n|\r|\n/g, '&#xa;')
    .replace(/\t/g, '&#x9;');
}

/** A coordinate with at most two decimals. */
export const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The topology as a draw.io file (`.drawio`): the same elements, facts and wires as the canvas (plus the health
 * probes), at the layout's positions. Deterministic: the same topology gives the same bytes.
 */
export function drawioXml(topology: LbTopology, options: { locale?: Locale } = {}): string {
  const locale = options.locale ?? 'en';
  const nodes = chartNodes(topology, locale);
  // A name given twice (validation reports it) is drawn twice; its wires go to the first.
  const cellOf = new Map<string, string>();
  nodes.forEach((n, i) => cellOf.has(n.id) || cellOf.set(n.id, `n${i + 1}`));
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="Floatplan" type="device">',
    `  <diagram id="floatplan" name="${xmlAttr(chartTitle(topology, locale))}">`,
    '    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    '      <root>',
    '        <mxCell id="0" />',
    '        <mxCell id="1" parent="0" />',
  ];
  nodes.forEach((n, i) => {
    const s = STENCIL[n.kind];
    const label = [n.title, ...n.facts].join('\n');
    lines.push(
      `        <mxCell id="n${i + 1}" value="${xmlAttr(label)}" style="${VERTEX_STYLE}${s.image};" vertex="1" parent="1">`,
      `          <mxGeometry x="${num(n.x)}" y="${num(n.y)}" width="${s.width}" height="${s.height}" as="geometry" />`,
      '        </mxCell>',
    );
  });
  chartWires(topology).forEach((w, i) => {
    const style = w.kind === 'rule-probe' ? PROBE_EDGE_STYLE : EDGE_STYLE;
    lines.push(
      `        <mxCell id="e${i + 1}" style="${style}" edge="1" parent="1" source="${cellOf.get(w.source)}" target="${cellOf.get(w.target)}">`,
      '          <mxGeometry relative="1" as="geometry" />',
      '        </mxCell>',
    );
  });
  lines.push('      </root>', '    </mxGraphModel>', '  </diagram>', '</mxfile>', '');
  return lines.join('\n');
}
