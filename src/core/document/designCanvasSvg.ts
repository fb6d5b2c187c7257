// The canvas of a whole design as one vector SVG: each load balancer in a titled frame around its elements (as the
// app's canvas draws it, features/canvas/groups.ts), the shared VMs once, the wires inside each load balancer and the
// references between them as dashed wires. A design of one load balancer is drawn as its view by canvasSvg.
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Locale } from '../i18n/locale';
import { escapeXml, num } from '../diagram/text';
import { lbView } from '../topology/design';
import type { LbTopology, Topology } from '../topology/schema';
import { canvasSvg, FONT, HEIGHT, MIN_WIDTH, nodeGroup, PAD, textAt, widthOf, wirePath } from './canvasSvg';
import type { SvgNode, SvgWire } from './canvasGraph';
import { canvasSvgMsg } from './canvasSvgMessages';
import { designFindings, designFrames, designNodes, designWires, type DesignFrame, type DesignWire, type Metrics } from './designGraph';
import { PALETTES, type Palette } from './palette';

const FRAME_TITLE = 40;

/**
 * The canvas of a topology as a standalone SVG file: one load balancer's view, or a whole design (every load balancer
 * framed). Pass the design's diagnostics (analyzeTopology), whose refs name their load balancer.
 * @example designCanvasSvg(t, { diagnostics: analyzeTopology(t).diagnostics }) // '<svg xmlns=…'
 */
export function designCanvasSvg(
  t: LbTopology | Topology,
  options: { theme?: 'light' | 'dark'; locale?: Locale; diagnostics?: readonly Diagnostic[] } = {},
): string {
  if (!('loadBalancers' in t)) return canvasSvg(t, options);
  if (t.loadBalancers.length === 1) return canvasSvg(lbView(t, 0), options);
  const locale = options.locale ?? 'en';
  const p = PALETTES[options.theme ?? 'light'];
  const say = canvasSvgMsg(locale);
  const findings = designFindings(options.diagnostics ?? []);
  const counted = <N extends Omit<SvgNode, 'x' | 'y' | 'errors' | 'warnings'>>(n: N): N & { errors: number; warnings: number } => {
    const list = findings.get(n.id) ?? [];
    const errors = list.filter((d) => d.severity === 'error').length;
    return { ...n, errors, warnings: list.length - errors };
  };
  const width = (n: Omit<SvgNode, 'x' | 'y' | 'errors' | 'warnings'>) => widthOf(counted(n), say, locale);
  const metrics: Metrics = { width, height: HEIGHT, rowStep: 110, columnGap: 80, minColumn: MIN_WIDTH, pad: PAD, title: FRAME_TITLE };
  const nodes = designNodes(t, metrics).map((n) => ({ ...counted(n), width: width(n) }));
  const wires = designWires(t, nodes);
  const frames = designFrames(t, nodes, metrics);
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const edges = [...frames.map((f) => [f.left, f.top, f.right, f.bottom]), ...nodes.map((n) => [n.x, n.y, n.x + n.width, n.y + HEIGHT])];
  const minX = Math.min(...edges.map((e) => e[0]!)) - PAD;
  const minY = Math.min(...edges.map((e) => e[1]!)) - PAD;
  const w = Math.max(...edges.map((e) => e[2]!)) + PAD - minX;
  const h = Math.max(...edges.map((e) => e[3]!)) + PAD - minY;

  const title = say('title', { name: t.name });
  const desc = say('descDesign', { lbs: t.loadBalancers.map((lb) => lb.name).join(', '), nodes: nodes.length, wires: wires.length });
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="fp-title fp-desc" width="${num(w)}" height="${num(h)}" viewBox="${num(minX)} ${num(minY)} ${num(w)} ${num(h)}" font-family="${escapeXml(FONT)}">`,
    `<title id="fp-title">${escapeXml(title)}</title>`,
    `<desc id="fp-desc">${escapeXml(desc)}</desc>`,
    `<rect class="background" x="${num(minX)}" y="${num(minY)}" width="${num(w)}" height="${num(h)}" fill="${p.bg}"/>`,
    '<g class="frames">',
    ...frames.map((f) => frameGroup(f, p)),
    '</g>',
    '<g class="wires" fill="none">',
  ];
  for (const wire of wires) {
    const from = byId.get(wire.source)!;
    const to = byId.get(wire.target)!;
    const status = wireStatus(findings, wire);
    const path = wirePath({ ...wire, status }, from, to, p);
    out.push(wire.kind === 'wire' || wire.kind === 'rule-probe' ? path : reference(path, wire));
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of nodes) out.push(nodeGroup(n, n.width, p, say, locale));
  out.push('</g>', '</svg>');
  return out.join('\n') + '\n';
}

// A reference between load balancers: the same curve, dashed and in the frontend's colour, classed by its kind.
function reference(path: string, wire: DesignWire): string {
  return path.replace('<path class="wire ', `<path class="wire wire--ref wire--${wire.kind} `).replace(/\/>$/, ' stroke-dasharray="6 4"/>');
}

function frameGroup(f: DesignFrame, p: Palette): string {
  const lb = f.loadBalancer;
  const facts = [lb.sku, lb.type, lb.tier ?? 'Regional'].join(' · ');
  return [
    `<g class="frame" data-lb="${escapeXml(lb.name)}">`,
    `<rect x="${num(f.left)}" y="${num(f.top)}" width="${num(f.right - f.left)}" height="${num(f.bottom - f.top)}" rx="12" fill="${p.surface}" fill-opacity="0.55" stroke="${p.border}" stroke-width="1.5"/>`,
    textAt(f.left + 14, f.top + 24, lb.name, { size: 14, fill: p.text, weight: 650 }),
    textAt(f.left + 14, f.top + 38, facts, { size: 10, fill: p.muted }),
    '</g>',
  ].join('\n');
}

// As on the canvas: a wire is coloured only when both ends share a finding.
function wireStatus(findings: Map<string, Diagnostic[]>, wire: DesignWire): SvgWire['status'] {
  const from = findings.get(wire.source);
  const to = findings.get(wire.target);
  if (!from || !to) return 'ok';
  const shared = from.filter((d) => to.includes(d));
  if (shared.some((d) => d.severity === 'error')) return 'error';
  return shared.length > 0 ? 'warning' : 'ok';
}
