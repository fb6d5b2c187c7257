// Reading a trace diagram's SVG in tests: draw it, then cut out a panel, its arrow rows and its readable text.
import type { LbTopology } from '../topology/schema';
import { traceDiagram } from './diagram';

/** The SVG of a diagram that must draw (else the test fails with the reason). */
export function drawn(topology: LbTopology, options: Parameters<typeof traceDiagram>[1]): string {
  const r = traceDiagram(topology, options);
  if (!r.ok) throw new Error(r.error);
  return r.svg;
}

/** The markup of one panel ('off' or 'on'). */
export function panel(svg: string, which: 'off' | 'on'): string {
  const start = svg.indexOf(`<g class="panel-${which}"`);
  return svg.slice(start, which === 'off' ? svg.indexOf('<g class="panel-on"') : svg.length);
}

/** The markup of each arrow row of a panel, in order. */
export function rows(panelSvg: string): string[] {
  return panelSvg
    .split('<g class="row ')
    .slice(1)
    .map((r) => r.slice(0, r.indexOf('</g>')));
}

/** Every piece of readable text: <title>, <desc> and each <text>, with the markup inside removed. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<(title|desc|text)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
}

/** A `<tspan>` of one class, as the diagram writes it. */
export const tspan = (cls: string, text: string) => `<tspan class="${cls}">${text}</tspan>`;

/** Technical words Microsoft's Japanese page keeps in Latin letters: the Japanese diagrams may show them. */
// Product, protocol and field names that Microsoft's Japanese pages keep in Latin letters (the outbound path names SNAT,
// NAT gateway, Basic/Standard and the REST fields disableOutboundSnat and defaultOutboundAccess; NSG service tags).
const LATIN_IN_JAPANESE = [
  ...['Tcp', 'TCP', 'Udp', 'All', 'NIC', 'IP', 'VNet', 'DSR', 'Azure', 'Windows', 'VM'],
  ...['SNAT', 'NAT', 'Microsoft', 'Basic', 'Standard', 'Load', 'Balancer', 'disableOutboundSnat', 'defaultOutboundAccess'],
  // NSGs: the service tags and Azure's default rule names are identifiers, the same in every language.
  ...['NSG', 'Internet', 'VirtualNetwork', 'AzureLoadBalancer', 'AllowAzureLoadBalancerInBound', 'DenyAllInBound'],
];

/** The Latin-letter words of `svg`'s text that are neither in `names` (names from the topology, …) nor kept in Latin. */
export function strayEnglish(svg: string, names: readonly string[]): string[] {
  const allowed = new Set([...names, ...LATIN_IN_JAPANESE]);
  return texts(svg)
    .flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [])
    .filter((w) => !allowed.has(w));
}
