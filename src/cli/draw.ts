import { writeFileSync } from 'node:fs';
import { designCanvasSvg } from '../core/document/designCanvasSvg';
import { designDrawioXml, designMermaidFlowchart } from '../core/document/designChart';
import { LOCALES, type Locale } from '../core/i18n/locale';
import type { LbTopology, Topology } from '../core/topology/schema';
import { analyze } from '../core/validation/analyze';
import { analyzeTopology } from '../core/validation/analyzeTopology';
import { EXIT, parseCommandArgs, pickLb, readTopology, UsageError, type Io } from './io';

/** The formats `draw` writes: the canvas as a vector SVG, a draw.io file, a Mermaid flowchart. */
const DRAW_FORMATS = ['svg', 'drawio', 'mermaid'] as const;
type DrawFormat = (typeof DRAW_FORMATS)[number];
const THEMES = ['light', 'dark'] as const;

/**
 * `draw <file> --format svg|drawio|mermaid [--theme light|dark] [--lang en|ja] [--out <path>] [--lb <name>]`: the
 * topology as a diagram (every load balancer in its own group, or the one `--lb` names), printed or written. A drawing shows errors (the SVG's badges) rather than refusing them, so it exits 0;
 * 2 for usage mistakes and unreadable files.
 */
export function drawCommand(io: Io, args: string[]): number {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    theme: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    lb: { type: 'string' },
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const format = values.format;
  if (format === undefined) throw new UsageError(`missing --format <format>; formats are ${DRAW_FORMATS.join(', ')}`);
  if (!(DRAW_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format "${format}"; formats are ${DRAW_FORMATS.join(', ')}`);
  const theme = values.theme ?? 'light';
  if (!(THEMES as readonly string[]).includes(theme)) throw new UsageError(`--theme ${theme}: use light or dark`);
  const lang = values.lang ?? 'en';
  if (!(LOCALES as readonly string[]).includes(lang)) throw new UsageError(`--lang ${lang}: use ${LOCALES.join(' or ')}`);
  const locale = lang as Locale;
  const design = readTopology(io, positionals[0]);
  // Without --lb, a design of several load balancers is drawn whole; one load balancer as its view, as before.
  const topology = values.lb === undefined && design.loadBalancers.length > 1 ? design : pickLb(design, values.lb, 'draw');
  const text = drawn(topology, format as DrawFormat, theme as (typeof THEMES)[number], locale);
  if (values.out) {
    // A file system error (a directory in the way, a name too long) reaches main: one line with the path, exit 2.
    writeFileSync(values.out, text);
    io.out(`wrote ${values.out}`);
  } else io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
  return EXIT.ok;
}

function drawn(topology: LbTopology | Topology, format: DrawFormat, theme: 'light' | 'dark', locale: Locale): string {
  switch (format) {
    case 'svg': {
      const diagnostics = 'loadBalancers' in topology ? analyzeTopology(topology).diagnostics : analyze(topology).diagnostics;
      return designCanvasSvg(topology, { theme, locale, diagnostics });
    }
    case 'drawio':
      return designDrawioXml(topology, { locale });
    case 'mermaid':
      return designMermaidFlowchart(topology, { locale });
  }
}
