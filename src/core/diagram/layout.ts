import type { Column, NodeBox, PanelContent, Row, Segment } from './content';
import { FONT, monoWidth, sansWidth, wrapText } from './text';

// Geometry of one panel: a sequence diagram with a lifeline per column. Column spacing is solved
// from the content (node boxes, then every row's header box, label and note), so a long IPv6
// address widens the panel instead of overflowing its box.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RowLayout {
  row: Row;
  /** Divider line of the row's section heading, when it starts one. */
  sectionY?: number;
  labelY: number;
  arrowY: number;
  x1: number;
  x2: number;
  box: Box;
  noteLines: string[];
  noteY: number;
}

export interface PanelLayout {
  width: number;
  height: number;
  x: Record<Column, number>;
  nodes: { node: NodeBox; box: Box }[];
  vmBox: Box;
  /** Extra height under the subtitle (what-if lines); pass the larger one back so both panels' rows line up. */
  headExtra: number;
  /** The "no effect here" lines under the subtitle, wrapped, with the y of the first. */
  noEffect: { lines: string[]; y: number };
  rows: RowLayout[];
}

/** Spacing constants in px, shared with the drawing code. */
export const G = {
  pad: 16,
  line: 16,
  noteLine: 14,
  boxPad: 10,
  nodePad: 8,
  headTop: 48, // panel title and subtitle
  vmTitle: 24, // VM name above its NIC and loopback boxes
  colGap: 36,
  spanMargin: 16,
  noteMin: 200,
  noteWidth: 320, // notes may run wider than their arrow, up to the panel's edges
  headNoteWidth: 560, // "no effect here" lines under a panel's subtitle
  arrowHead: 8,
} as const;

/**
 * Width in px of monospace lines made of segments.
 * @example linesWidth([[{ text: 'src ', cls: 'muted' }, { text: '1.2.3.4', cls: 'same' }]]) // 81.84
 */
export function linesWidth(lines: Segment[][]): number {
  return Math.max(0, ...lines.map((l) => monoWidth(l.map((s) => s.text).join(''))));
}

/**
 * Places everything in one panel; `minHeight` stretches it to match its neighbour.
 * @example layoutPanel(panelContent(trace, true, names)).width
 */
export function layoutPanel(content: PanelContent, minHeight = 0, minHeadExtra = 0): PanelLayout {
  const cols = content.columns;
  const vmTitleW = sansWidth(content.vmTitle) + 2 * G.nodePad;
  const widths = new Map<Column, number>();
  for (const n of content.nodes) {
    let w = Math.max(sansWidth(n.title), sansWidth(n.subtitle, FONT.small), linesWidth(n.lines)) + 2 * G.nodePad;
    // Without a loopback box the NIC box alone must leave room for the VM's name above it.
    if (n.column === 'nic' && !cols.includes('lo')) w = Math.max(w, vmTitleW);
    widths.set(n.column, w);
  }
  const half = (c: Column) => (widths.get(c) ?? 0) / 2;

  // gaps[i] is the distance between cols[i] and cols[i + 1].
  const gaps = cols.slice(1).map((c, i) => half(cols[i]!) + half(c) + (c === 'lo' ? G.colGap / 2 : G.colGap));
  const spanOf = (r: Row) => [cols.indexOf(r.from), cols.indexOf(r.to)].sort((a, b) => a - b) as [number, number];
  const need = (r: Row) => Math.max(linesWidth(r.header) + 2 * G.boxPad, sansWidth(r.label), G.noteMin) + 2 * G.spanMargin;
  // Narrow spans first, so a wide row spreads its extra room over gaps the narrow ones have not already widened.
  const bySpan = [...content.rows].sort((a, b) => spanOf(a)[1] - spanOf(a)[0] - (spanOf(b)[1] - spanOf(b)[0]));
  for (const r of bySpan) {
    const [a, b] = spanOf(r);
    const have = gaps.slice(a, b).reduce((s, g) => s + g, 0);
    if (have < need(r)) for (let i = a; i < b; i++) gaps[i]! += (need(r) - have) / (b - a);
  }
  const x = {} as Record<Column, number>;
  cols.forEach((c, i) => (x[c] = i === 0 ? G.pad + half(c) : x[cols[i - 1]!] + gaps[i - 1]!));

  // Switches with no effect in this panel get a few lines under the subtitle (none without what-ifs).
  const noEffectLines = content.noEffect.flatMap((t) => wrapText(t, Math.floor(G.headNoteWidth / sansWidth('x', FONT.small))));
  const headExtra = Math.max(minHeadExtra, noEffectLines.length ? noEffectLines.length * G.noteLine + 8 : 0);
  const nodeTop = G.pad + G.headTop + headExtra + G.vmTitle;
  const nodeH = Math.max(...content.nodes.map((n) => 2 * G.nodePad + 30 + n.lines.length * G.line));
  const nodes = content.nodes.map((node) => ({
    node,
    box: { x: x[node.column] - half(node.column), y: nodeTop, w: widths.get(node.column)!, h: nodeH },
  }));
  const vmCols = nodes.filter((n) => n.node.column === 'nic' || n.node.column === 'lo').map((n) => n.box);
  const vmLeft = Math.min(...vmCols.map((b) => b.x)) - G.nodePad;
  const vmRight = Math.max(...vmCols.map((b) => b.x + b.w)) + G.nodePad;
  const vmBox = { x: vmLeft, y: nodeTop - G.vmTitle, w: vmRight - vmLeft, h: G.vmTitle + nodeH + G.nodePad };

  // A long title or subtitle (Japanese runs wider) widens the panel rather than running past its edge.
  const headW = Math.max(
    sansWidth(content.title, FONT.title) + 10 + sansWidth(content.badge, FONT.small) + 12,
    sansWidth(content.subtitle),
    ...noEffectLines.map((l) => sansWidth(l, FONT.small)),
  );
  // A cluster's other node or an appliance's server stands right of the VM box.
  const nodesRight = Math.max(...nodes.map((n) => n.box.x + n.box.w));
  const width = Math.max(vmRight, nodesRight, G.pad + headW) + G.pad;
  let y = vmBox.y + vmBox.h + 24;
  const rows: RowLayout[] = content.rows.map((row) => {
    let sectionY: number | undefined;
    if (row.section) {
      sectionY = y + 4;
      y += 32;
    }
    const [a, b] = spanOf(row);
    const left = x[cols[a]!];
    const span = x[cols[b]!] - left;
    const boxW = linesWidth(row.header) + 2 * G.boxPad;
    const box = { x: left + (span - boxW) / 2, y: y + 30, w: boxW, h: row.header.length * G.line + G.boxPad };
    const mid = left + span / 2;
    const noteW = Math.min(Math.max(span - 2 * G.spanMargin, G.noteWidth), 2 * (mid - G.pad), 2 * (width - G.pad - mid));
    const noteLines = wrapText(row.note, Math.floor(noteW / sansWidth('x', FONT.small)));
    const laid = {
      row,
      sectionY,
      labelY: y + 12,
      arrowY: y + 22,
      x1: x[row.from],
      x2: x[row.to],
      box,
      noteLines,
      noteY: box.y + box.h + 15,
    };
    y = box.y + box.h + 4 + noteLines.length * G.noteLine + 18;
    return laid;
  });
  return {
    width,
    height: Math.max(minHeight, y + G.pad - 18),
    x,
    nodes,
    vmBox,
    headExtra,
    noEffect: { lines: noEffectLines, y: G.pad + 52 },
    rows,
  };
}
