import type { PanelContent, Segment } from './content';
import { G, type Box, type PanelLayout, type RowLayout } from './layout';
import { el, lines, type Markup } from './svg';
import { FONT, monoWidth, num, sansWidth } from './text';

// Draws one laid-out panel as an SVG group. Everything readable is <text>, so it can be selected,
// searched and read by a screen reader; shapes carry no meaning of their own beyond the text.

const ARROW_CLASS = { flow: 'a-flow', probe: 'a-probe', ok: 'a-ok', fail: 'a-fail', nsg: 'a-nsg' } as const;

/**
 * Monospace lines as one <text> per line, each segment a <tspan> with its colour class.
 * @example monoText([[{ text: '1.2.3.4', cls: 'same' }]], 10, 20).xml
 */
export function monoText(segLines: Segment[][], x: number, y: number): Markup {
  return lines(
    ...segLines.map((line, i) => {
      const top = y + i * G.line;
      // textLength pins every line to the estimated width, so the highlight behind a rewritten field
      // sits exactly under it whatever monospace font the viewer has, and no font can overflow a box.
      let at = x;
      const highlights = line.map((s) => {
        const w = monoWidth(s.text);
        const r = s.cls === 'chg' ? el('rect', { class: 'chg-bg', x: at - 1, y: top - 11, width: w + 2, height: 15, rx: 2 }) : undefined;
        at += w;
        return r;
      });
      const text = line.map((s) => s.text).join('');
      return lines(
        ...highlights,
        el(
          'text',
          { class: 'mono', x, y: top, textLength: monoWidth(text), lengthAdjust: 'spacing' },
          ...line.map((s) => el('tspan', { class: s.cls }, s.text)),
        ),
      );
    }),
  );
}

/**
 * One panel at (`dx`, `dy`): title, "this rule" badge, nodes, lifelines and one arrow row per hop.
 * @example drawPanel(content, layoutPanel(content), 16, 72).xml
 */
export function drawPanel(content: PanelContent, layout: PanelLayout, dx: number, dy: number): Markup {
  const { title, badge: badgeText, subtitle } = content;
  const titleX = G.pad;
  const badgeX = titleX + sansWidth(title, FONT.title) + 10;
  return el(
    'g',
    { class: content.floatingIp ? 'panel-on' : 'panel-off', transform: `translate(${num(dx)} ${num(dy)})` },
    lines(
      el('rect', { class: 'panel', x: 0.5, y: 0.5, width: layout.width - 1, height: layout.height - 1, rx: 8 }),
      el('text', { class: 'title', x: titleX, y: G.pad + 14 }, title),
      content.actual &&
        lines(
          el('rect', { class: 'badge', x: badgeX, y: G.pad, width: sansWidth(badgeText, FONT.small) + 12, height: 18, rx: 9 }),
          el('text', { class: 'badge-t', x: badgeX + 6, y: G.pad + 13 }, badgeText),
        ),
      el('text', { class: 'muted', x: titleX, y: G.pad + 34 }, subtitle),
      ...layout.noEffect.lines.map((line, i) => el('text', { class: 'note t-ok', x: titleX, y: layout.noEffect.y + i * G.noteLine }, line)),
      lifelines(layout),
      el('rect', { class: 'vm', x: layout.vmBox.x, y: layout.vmBox.y, width: layout.vmBox.w, height: layout.vmBox.h, rx: 6 }),
      el('text', { class: 'h', x: layout.vmBox.x + G.nodePad, y: layout.vmBox.y + 17 }, content.vmTitle),
      ...layout.nodes.map(({ node, box }) =>
        lines(
          // A greyed node (a cluster's passive node) fades its box and mutes its text, which still reads at 4.5:1.
          node.muted
            ? el('rect', { class: 'node', x: box.x, y: box.y, width: box.w, height: box.h, rx: 4, opacity: 0.4, 'stroke-dasharray': '4 3' })
            : rect('node', box),
          el('text', { class: node.muted ? 'h muted' : 'h', x: box.x + G.nodePad, y: box.y + G.nodePad + 12 }, node.title),
          el('text', { class: 'note', x: box.x + G.nodePad, y: box.y + G.nodePad + 27 }, node.subtitle),
          monoText(
            node.muted ? node.lines.map((l) => l.map((s) => ({ ...s, cls: 'muted' as const }))) : node.lines,
            box.x + G.nodePad,
            box.y + G.nodePad + 46,
          ),
        ),
      ),
      ...layout.rows.map((r) => drawRow(r, layout.width)),
    ),
  );
}

function lifelines(layout: PanelLayout): Markup {
  const top = layout.nodes[0]!.box.y + layout.nodes[0]!.box.h;
  const bottom = layout.height - G.pad;
  return lines(
    ...layout.nodes.map(({ node }) =>
      el('line', { class: 'life', x1: layout.x[node.column], y1: top, x2: layout.x[node.column], y2: bottom }),
    ),
  );
}

function drawRow(r: RowLayout, panelWidth: number): Markup {
  const failed = r.row.kind === 'fail' || r.row.status === 'failed';
  const cls = r.row.status === 'failed' ? ARROW_CLASS.fail : ARROW_CLASS[r.row.kind];
  const dir = Math.sign(r.x2 - r.x1);
  const tip = r.x2 - dir * 2;
  const base = tip - dir * G.arrowHead;
  const mid = (r.x1 + r.x2) / 2;
  // A row the packet never reaches (what-if) is greyed: faded shapes, and text in the muted colour, which
  // still reads at 4.5:1 (fading the text itself would not).
  const skipped = r.row.status === 'not-reached';
  const fade = skipped ? 0.4 : undefined;
  const header = skipped ? r.row.header.map((line) => line.map((seg) => ({ ...seg, cls: 'muted' as const }))) : r.row.header;
  return el(
    'g',
    { class: `row row-${r.row.kind}${r.row.status ? ` row-${r.row.status}` : ''}` },
    lines(
      r.sectionY !== undefined &&
        lines(
          el('line', { class: 'sep', x1: G.pad, y1: r.sectionY, x2: panelWidth - G.pad, y2: r.sectionY }),
          el('text', { class: 'h', x: G.pad, y: r.sectionY + 20 }, r.row.section!),
        ),
      el('text', { class: skipped ? 'muted' : undefined, x: mid, y: r.labelY, 'text-anchor': 'middle' }, r.row.label),
      el('circle', { class: cls, cx: r.x1, cy: r.arrowY, r: 3, opacity: fade }),
      el('line', { class: cls, x1: r.x1, y1: r.arrowY, x2: base, y2: r.arrowY, 'stroke-width': 2, opacity: fade }),
      // A failing flow ends in a cross instead of an arrowhead: it never arrives.
      failed
        ? el('text', { class: 't-fail x', x: tip, y: r.arrowY + 6, 'text-anchor': 'middle' }, '✗')
        : el('polygon', { class: cls, points: pts([tip, r.arrowY], [base, r.arrowY - 5], [base, r.arrowY + 5]), opacity: fade }),
      rect('hdr', r.box),
      monoText(header, r.box.x + G.boxPad, r.box.y + G.boxPad + 9),
      ...r.noteLines.map((line, i) =>
        el(
          'text',
          { class: r.row.status === 'failed' ? 'note t-fail' : 'note', x: mid, y: r.noteY + i * G.noteLine, 'text-anchor': 'middle' },
          line,
        ),
      ),
    ),
  );
}

function rect(cls: string, b: Box): Markup {
  return el('rect', { class: cls, x: b.x, y: b.y, width: b.w, height: b.h, rx: 4 });
}

function pts(...points: [number, number][]): string {
  return points.map(([x, y]) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).join(' ');
}
