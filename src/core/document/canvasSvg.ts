// The canvas as a real vector SVG: rectangles, paths and text drawn from the topology and its layout, in the app's
// look (light or dark), with the error and warning badges. No foreignObject and no embedded HTML, so Inkscape opens
// it and draw.io and PowerPoint import it as editable shapes. Pure and deterministic: the app's Export SVG and the
// CLI (`floatplan draw --format svg`) both call it.
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Locale } from '../i18n/locale';
import { render, text } from '../i18n/text';
import { frontendIpHolder } from '../model/holder';
import { placeholdersOfElement } from '../placeholders/markers';
import type { BackendPool, Frontend, InboundNatRule, Placeholder, Probe, Rule, LbTopology, Vm } from '../topology/schema';
import { escapeXml, monoWidth, num, sansWidth } from '../diagram/text';
import { svgNodes, svgWires, type SvgNode, type SvgWire } from './canvasGraph';
import { canvasSvgMsg, type CanvasSvgMsg } from './canvasSvgMessages';
import { PALETTES, type Palette } from './palette';

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const MONO = "ui-monospace, Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace";
export const MIN_WIDTH = 200;
export const HEIGHT = 84;
export const PAD = 24;
const BADGE_H = 16;

/** One line of facts under the name: plain text, or a pill (floating IP on/off, the pool's holder). */
type Fact = { text: string; mono?: boolean } | { pill: string; tone: 'on' | 'off' };

/**
 * The canvas of a topology as a standalone SVG file.
 * @example canvasSvg(topology, { theme: 'dark', locale: 'ja', diagnostics }) // '<svg xmlns="http://www.w3.org/2000/svg" …'
 */
export function canvasSvg(
  topology: LbTopology,
  options: { theme?: 'light' | 'dark'; locale?: Locale; diagnostics?: readonly Diagnostic[] } = {},
): string {
  const locale = options.locale ?? 'en';
  const p = PALETTES[options.theme ?? 'light'];
  const say = canvasSvgMsg(locale);
  const diagnostics = options.diagnostics ?? [];
  const nodes = svgNodes(topology, diagnostics, (n) => widthOf(n, say, locale));
  const wires = svgWires(topology, diagnostics);
  const boxes = new Map(nodes.map((n) => [n.id, { ...n, width: widthOf(n, say, locale) }]));

  const xs = [...boxes.values()];
  const minX = xs.length ? Math.min(...xs.map((b) => b.x)) - PAD : 0;
  const minY = xs.length ? Math.min(...xs.map((b) => b.y)) - PAD : 0;
  const maxX = xs.length ? Math.max(...xs.map((b) => b.x + b.width)) + PAD : 2 * PAD;
  const maxY = xs.length ? Math.max(...xs.map((b) => b.y + HEIGHT)) + PAD : 2 * PAD;
  const w = maxX - minX;
  const h = maxY - minY;

  const title = say('title', { name: topology.name });
  const desc = say('desc', { lb: topology.loadBalancer.name, nodes: nodes.length, wires: wires.length });
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="fp-title fp-desc" width="${num(w)}" height="${num(h)}" viewBox="${num(minX)} ${num(minY)} ${num(w)} ${num(h)}" font-family="${escapeXml(FONT)}">`,
    `<title id="fp-title">${escapeXml(title)}</title>`,
    `<desc id="fp-desc">${escapeXml(desc)}</desc>`,
    `<rect class="background" x="${num(minX)}" y="${num(minY)}" width="${num(w)}" height="${num(h)}" fill="${p.bg}"/>`,
    '<g class="wires" fill="none">',
  ];
  for (const wire of wires) {
    const from = boxes.get(wire.source);
    const to = boxes.get(wire.target);
    if (from && to) out.push(wirePath(wire, from, to, p));
  }
  out.push('</g>', '<g class="nodes">');
  for (const b of boxes.values()) out.push(nodeGroup(b, b.width, p, say, locale));
  out.push('</g>', '</svg>');
  return out.join('\n') + '\n';
}

/** One wire as a curve from the right edge of `from` to the left edge of `to`, coloured by its status. */
export function wirePath(wire: SvgWire, from: SvgNode & { width: number }, to: SvgNode, p: Palette): string {
  const x1 = from.x + from.width;
  const y1 = from.y + HEIGHT / 2;
  const x2 = to.x;
  const y2 = to.y + HEIGHT / 2;
  const bend = Math.max(40, Math.abs(x2 - x1) / 2);
  const colour = wire.status === 'error' ? p.errorEdge : wire.status === 'warning' ? p.warningEdge : p.wire;
  const d = `M ${num(x1)} ${num(y1)} C ${num(x1 + bend)} ${num(y1)}, ${num(x2 - bend)} ${num(y2)}, ${num(x2)} ${num(y2)}`;
  return (
    `<path class="wire wire--${wire.status}" data-source="${escapeXml(wire.source)}" data-target="${escapeXml(wire.target)}" ` +
    `d="${d}" stroke="${colour}" stroke-width="${wire.status === 'ok' ? 1.5 : 2}"/>`
  );
}

function factsOf(n: Omit<SvgNode, 'x' | 'y'>, say: CanvasSvgMsg): Fact[] {
  const floating = (on: boolean): Fact => ({ pill: say(on ? 'floatingOn' : 'floatingOff'), tone: on ? 'on' : 'off' });
  switch (n.kind) {
    case 'frontend':
      return [{ text: (n.element as Frontend).ip, mono: true }];
    case 'rule': {
      const r = n.element as Rule;
      const ha = r.protocol === 'All' && r.frontendPort === 0 && r.backendPort === 0;
      return [
        { text: ha ? say('haPorts') : `${r.protocol.toUpperCase()} ${r.frontendPort} → ${r.backendPort}`, mono: true },
        floating(r.floatingIp),
      ];
    }
    case 'natRule': {
      const r = n.element as InboundNatRule;
      return [{ text: `${r.protocol.toUpperCase()} ${r.frontendPort} → ${r.backendPort}`, mono: true }, floating(r.floatingIp)];
    }
    case 'backendPool': {
      const pool = n.element as BackendPool;
      const count = pool.members.length;
      const holder = frontendIpHolder(pool);
      const members: Fact = { text: count === 1 ? say('members.one') : say('members.other', { n: count }) };
      return holder === 'every-member' ? [members] : [members, { pill: say(`holder.${holder}`), tone: 'off' }];
    }
    case 'vm': {
      const vm = n.element as Vm;
      return [{ text: vm.os }, { text: vm.nic.ip, mono: true }];
    }
    case 'probe': {
      const probe = n.element as Probe;
      return [{ text: `${probe.protocol.toUpperCase()} ${probe.port}${probe.requestPath ? ` ${probe.requestPath}` : ''}`, mono: true }];
    }
  }
}

function badgesOf(n: Omit<SvgNode, 'x' | 'y'>, say: CanvasSvgMsg, locale: Locale): { label: string; tone: 'error' | 'warning' }[] {
  const badges: { label: string; tone: 'error' | 'warning' }[] = [];
  if (placeholdersOfElement(n.element as { placeholders?: readonly Placeholder[] }).length > 0)
    badges.push({ label: render(text('placeholder.nodeBadge'), locale), tone: 'warning' });
  if (n.errors) badges.push({ label: n.errors === 1 ? say('errors.one') : say('errors.other', { n: n.errors }), tone: 'error' });
  if (n.warnings)
    badges.push({ label: n.warnings === 1 ? say('warnings.one') : say('warnings.other', { n: n.warnings }), tone: 'warning' });
  return badges;
}

const factWidth = (f: Fact) => ('pill' in f ? sansWidth(f.pill, 10) + 12 : f.mono ? monoWidth(f.text, 11) : sansWidth(f.text, 11));
const badgeWidth = (label: string) => sansWidth(label, 10) + 10;

/** Wide enough for the name, the facts and the kind with its badges, never below the canvas's node width. */
export function widthOf(n: Omit<SvgNode, 'x' | 'y'>, say: CanvasSvgMsg, locale: Locale): number {
  const head = sansWidth(say(`kind.${n.kind}`), 10) + badgesOf(n, say, locale).reduce((s, b) => s + badgeWidth(b.label) + 4, 0);
  const facts = factsOf(n, say).reduce((s, f) => s + factWidth(f) + 8, 0);
  return Math.ceil(Math.max(MIN_WIDTH, sansWidth(n.element.name, 13) * 1.1, head, facts) + 20);
}

/** One node: its frame, kind strip, kind, badges, name and facts. */
export function nodeGroup(n: SvgNode, width: number, p: Palette, say: CanvasSvgMsg, locale: Locale): string {
  const badges = badgesOf(n, say, locale);
  const placeholder = placeholdersOfElement(n.element as { placeholders?: readonly Placeholder[] }).length > 0;
  const stroke = n.errors ? p.errorEdge : n.warnings || placeholder ? p.warningEdge : p.border;
  const x = n.x;
  const y = n.y;
  const parts = [
    `<g class="node node--${n.kind}${placeholder ? ' node--placeholder' : ''}" data-id="${escapeXml(n.id)}">`,
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${HEIGHT}" rx="8" fill="${p.surface}" stroke="${stroke}" stroke-width="${n.errors || n.warnings ? 1.5 : 1}"${placeholder ? ' stroke-dasharray="6 4"' : ''}/>`,
    `<path class="kind-strip" d="${stripPath(x, y)}" fill="${p.kind[n.kind]}"/>`,
    textAt(x + 14, y + 19, say(`kind.${n.kind}`), { size: 10, fill: p.kind[n.kind], weight: 600 }),
  ];
  // Badges sit at the right of the head row, the last one against the edge.
  let right = x + width - 8;
  for (const b of [...badges].reverse()) {
    const bw = badgeWidth(b.label);
    right -= bw;
    const [bg, fg, edge] = b.tone === 'error' ? [p.errorBg, p.errorText, p.errorEdge] : [p.warningBg, p.warningText, p.warningEdge];
    parts.push(
      `<rect class="badge badge--${b.tone}" x="${num(right)}" y="${num(y + 7)}" width="${num(bw)}" height="${BADGE_H}" rx="8" fill="${bg}" stroke="${edge}"/>`,
      textAt(right + 5, y + 19, b.label, { size: 10, fill: fg, weight: 600 }),
    );
    right -= 4;
  }
  parts.push(textAt(x + 14, y + 42, n.element.name, { size: 13, fill: p.text, weight: 600 }));
  let fx = x + 14;
  for (const f of factsOf(n, say)) {
    if ('pill' in f) {
      const pw = factWidth(f);
      const [bg, fg] = f.tone === 'on' ? [p.onBg, p.onText] : [p.offBg, p.offText];
      parts.push(
        `<rect class="pill pill--${f.tone}" x="${num(fx)}" y="${num(y + 56)}" width="${num(pw)}" height="${BADGE_H}" rx="8" fill="${bg}"/>`,
        textAt(fx + 6, y + 68, f.pill, { size: 10, fill: fg }),
      );
      fx += pw + 8;
    } else {
      parts.push(textAt(fx, y + 68, f.text, { size: 11, fill: p.muted, mono: f.mono }));
      fx += factWidth(f) + 8;
    }
  }
  parts.push('</g>');
  return parts.join('\n');
}

/** The kind's colour along the left edge, following the frame's rounded corners (the canvas's 4 px left border). */
function stripPath(x: number, y: number): string {
  const b = y + HEIGHT;
  return (
    `M ${num(x + 8)} ${num(y)} A 8 8 0 0 0 ${num(x)} ${num(y + 8)} V ${num(b - 8)} A 8 8 0 0 0 ${num(x + 8)} ${num(b)} ` +
    `A 4 4 0 0 1 ${num(x + 4)} ${num(b - 4)} V ${num(y + 4)} A 4 4 0 0 1 ${num(x + 8)} ${num(y)} Z`
  );
}

/** A `<text>` at a point, its content escaped. */
export function textAt(x: number, y: number, content: string, o: { size: number; fill: string; weight?: number; mono?: boolean }): string {
  const family = o.mono ? ` font-family="${escapeXml(MONO)}"` : '';
  const weight = o.weight ? ` font-weight="${o.weight}"` : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${o.size}"${weight}${family} fill="${o.fill}">${escapeXml(content)}</text>`;
}
