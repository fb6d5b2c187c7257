import type { LbTopology, Topology } from '../../topology/schema';
import { reportModelOf } from './designModel';
import { TOPOLOGY_MARKDOWN_MARKER } from './embedded';
import { escapeHtml } from './html';
import type { Block, ReportOptions } from './model';
import { reportMsg } from './messages';

/**
 * Text safe in Markdown prose and table cells: Markdown punctuation backslash-escaped (`|` too), line breaks as `<br>`.
 * @example escapeMarkdown('a|b*c') // 'a\\|b\\*c'
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]{}<>#|!~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, '<br>');
}

/** A code fence longer than every backtick run in the text, so the text cannot close it. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((r) => r[0].length));
  return '`'.repeat(longest + 1);
}

/**
 * The design report as Markdown (GitHub flavour): tables, the scripts as fenced appendices, each diagram as inline
 * SVG inside a `<details>` block, and the topology JSON in a fenced block at the end, which Floatplan opens back.
 * @example reportMarkdown(topology).startsWith('# Design report: ') // true
 */
export function reportMarkdown(topology: LbTopology | Topology, options: ReportOptions = {}): string {
  const model = reportModelOf(topology, options);
  const m = reportMsg(model.locale);
  const out: string[] = [`# ${escapeMarkdown(model.title)}`, '', escapeMarkdown(model.intro), ''];
  for (const s of model.sections) {
    out.push(`## ${escapeMarkdown(s.title)}`, '');
    for (const b of s.blocks) out.push(...block(b, m('diagramMd')), '');
  }
  const f = fence(model.json);
  out.push(
    `## ${escapeMarkdown(m('topology'))}`,
    '',
    escapeMarkdown(m('topologyNote')),
    '',
    TOPOLOGY_MARKDOWN_MARKER,
    `${f}json`,
    model.json.replace(/\n$/, ''),
    f,
  );
  return `${out.join('\n')}\n`;
}

function block(b: Block, svgNote: string): string[] {
  switch (b.kind) {
    case 'p':
      return [escapeMarkdown(b.text)];
    case 'h3':
      return [`### ${escapeMarkdown(b.text)}`];
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      return [row(b.head), `|${b.head.map(() => ' --- |').join('')}`, ...b.rows.map(row)];
    }
    case 'code': {
      const f = fence(b.text);
      return [`#### ${escapeMarkdown(b.title)}`, '', `${f}${b.lang}`, b.text.replace(/\r?\n$/, ''), f];
    }
    case 'svg':
      return [
        '<details>',
        `<summary>${escapeHtml(b.caption)}</summary>`,
        '',
        escapeMarkdown(svgNote),
        '',
        b.svg.replace(/^<\?xml[^>]*\?>\s*/, '').replace(/\n\s*\n/g, '\n'),
        '',
        '</details>',
      ];
  }
}
