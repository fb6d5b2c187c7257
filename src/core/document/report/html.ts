import type { LbTopology, Topology } from '../../topology/schema';
import { reportModelOf } from './designModel';
import { scriptSafeJson, TOPOLOGY_SCRIPT_ID } from './embedded';
import type { Block, ReportOptions } from './model';
import { reportMsg } from './messages';

/**
 * Text safe in HTML content and attribute values.
 * @example escapeHtml('<a & "b">') // '&lt;a &amp; &quot;b&quot;&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Print: A4 and Letter alike (size auto, 15 mm margins); sections start on a page only when they must.
const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Yu Gothic", sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-top: 1.25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 12.5px; }
th, td { border: 1px solid #d0d7de; padding: .25rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f5f7; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: .6rem; font: 11.5px/1.4 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: 600; margin-bottom: .35rem; }
nav ol { columns: 2; }
.intro { color: #57606a; }
@page { size: auto; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  pre { white-space: pre-wrap; }
  #appendices > .appendix { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * The design report as one self-contained HTML file: inline CSS and SVG, no external resources, no script but the
 * topology JSON (`<script type="application/json" id="floatplan-topology">`), so Floatplan can open it back.
 * @example reportHtml(topology, { locale: 'ja' }).startsWith('<!DOCTYPE html>') // true
 */
export function reportHtml(topology: LbTopology | Topology, options: ReportOptions = {}): string {
  const model = reportModelOf(topology, options);
  const m = reportMsg(model.locale);
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${model.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Floatplan">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(model.title)}</h1>`,
    `<p class="intro">${escapeHtml(model.intro)}</p>`,
    `<nav><h2>${escapeHtml(m('contents'))}</h2><ol>`,
    ...model.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`),
    `<li><a href="#topology">${escapeHtml(m('topology'))}</a></li>`,
    '</ol></nav>',
  ];
  for (const s of model.sections) {
    out.push(`<section id="${s.id}">`, `<h2>${escapeHtml(s.title)}</h2>`);
    if (s.id === 'scripts') out.push('<div id="appendices">');
    for (const b of s.blocks) out.push(block(b));
    if (s.id === 'scripts') out.push('</div>');
    out.push('</section>');
  }
  out.push(
    '<section id="topology">',
    `<h2>${escapeHtml(m('topology'))}</h2>`,
    `<p>${escapeHtml(m('topologyNote'))}</p>`,
    `<pre>${escapeHtml(model.json)}</pre>`,
    `<script type="application/json" id="${TOPOLOGY_SCRIPT_ID}">${scriptSafeJson(model.json)}</script>`,
    '</section>',
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'p':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'h3':
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'table': {
      const head = `<tr>${b.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      return `<table><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
    }
    case 'code':
      return `<div class="appendix"><h3>${escapeHtml(b.title)}</h3><pre><code>${escapeHtml(b.text)}</code></pre></div>`;
    case 'svg':
      // The diagram's SVG is built by core/diagram, which escapes every value it draws.
      return `<figure><figcaption>${escapeHtml(b.caption)}</figcaption>${stripXmlDeclaration(b.svg)}</figure>`;
  }
}

const stripXmlDeclaration = (svg: string) => svg.replace(/^<\?xml[^>]*\?>\s*/, '');
