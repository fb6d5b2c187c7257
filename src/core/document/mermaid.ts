import type { Locale } from '../i18n/locale';
import type { LbTopology } from '../topology/schema';
import { chartNodes, chartWires, type ChartKind } from './wires';

// A Mermaid flowchart of the topology, for Markdown documents and wikis (GitHub renders a ```mermaid block).

/**
 * Text inside a quoted Mermaid label: `#`, quotes, markup and backticks as Mermaid entity codes (`#quot;`, `#35;`),
 * line breaks as spaces, so no name can close the label, start an edge or a Markdown string.
 * @example mermaidText('a "b" --> c]') // 'a #quot;b#quot; --#gt; c]'
 */
export function mermaidText(text: string): string {
  return (
    text
      .replace(/#/g, '#35;')
      .replace(/&/g, '#amp;')
      .replace(/"/g, '#quot;')
      .replace(/</g, '#lt;')
      .replace(/>/g, '#gt;')
      .replace(/`/g, '#96;')
      // eslint-disable-next-line no-control-regex -- replacing control characters is the point
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
  );
}

/** Each kind's shape: [opening, closing] around the quoted label. */
export const SHAPE: Record<ChartKind, [string, string]> = {
  frontend: ['([', '])'],
  rule: ['[', ']'],
  natRule: ['[', ']'],
  backendPool: ['[[', ']]'],
  vm: ['[', ']'],
  probe: ['{{', '}}'],
};

/**
 * The topology as a Mermaid flowchart (left to right): one node per element with the canvas node's facts, one
 * arrow per wire (dashed to a health probe). Ids are the kind and the name with every other character as `_`,
 * numbered when two collide. Deterministic.
 */
export function mermaidFlowchart(topology: LbTopology, options: { locale?: Locale } = {}): string {
  const locale = options.locale ?? 'en';
  const nodes = chartNodes(topology, locale);
  const used = new Set<string>();
  // A name given twice (validation reports it) is drawn twice; its wires go to the first.
  const idOf = new Map<string, string>();
  const ids = nodes.map((n) => {
    const base = `${n.kind}_${n.name.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    if (!idOf.has(n.id)) idOf.set(n.id, id);
    return id;
  });
  const lines = ['flowchart LR'];
  nodes.forEach((n, i) => {
    const [open, close] = SHAPE[n.kind];
    const label = [n.title, ...n.facts].map(mermaidText).join('<br/>');
    lines.push(`  ${ids[i]}${open}"${label}"${close}`);
  });
  for (const w of chartWires(topology))
    lines.push(`  ${idOf.get(w.source)} ${w.kind === 'rule-probe' ? '-.->' : '-->'} ${idOf.get(w.target)}`);
  return `${lines.join('\n')}\n`;
}

/** The flowchart in a Markdown ```mermaid block, ready for a README or a wiki page. */
export function mermaidMarkdown(topology: LbTopology, options: { locale?: Locale } = {}): string {
  return `\`\`\`mermaid\n${mermaidFlowchart(topology, options)}\`\`\`\n`;
}
