import { designCanvasSvg } from '../../core/document/designCanvasSvg';
import type { Diagnostic } from '../../core/diagnostics/diagnostic';
import { safeFileStem } from '../../core/files/fileName';
import type { Locale } from '../../core/i18n/locale';
import type { LbTopology, Topology } from '../../core/topology/schema';
import { downloadText, saveBlob } from '../../lib/download';
import { rasterizeSvg } from '../../lib/rasterize';

/**
 * What the export draws: the topology (every load balancer in its frame, as the canvas shows them) with the analysis's
 * findings, in the language and theme the app shows.
 */
interface CanvasPicture {
  topology: LbTopology | Topology;
  diagnostics: readonly Diagnostic[];
  locale: Locale;
  fileName: string;
}

// PNGs are drawn at 2× unless that passes what browsers allow a canvas (Chrome: 16,384 px a side, ~268 M pixels).
const PNG_SCALE = 2;
const MAX_SIDE = 16_000;
const MAX_PIXELS = 100_000_000;

function pageTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function svgOf(p: CanvasPicture): string {
  return designCanvasSvg(p.topology, { theme: pageTheme(), locale: p.locale, diagnostics: p.diagnostics });
}

/**
 * Downloads the canvas as a vector SVG drawn by the core (rects, paths and text, no foreignObject), in the theme
 * the app shows (`data-theme` on <html>) and the UI language, with the analysis's badges.
 */
export function exportSvg(p: CanvasPicture): void {
  downloadText(`${safeFileStem(p.fileName)}.svg`, svgOf(p), 'image/svg+xml');
}

/** The pixel size of the PNG of an SVG of `width` × `height`: 2×, scaled down to what a canvas can hold. */
export function pngSize(width: number, height: number): { width: number; height: number; scale: number } {
  const scale = Math.min(PNG_SCALE, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)), scale };
}

/**
 * Downloads the canvas as a PNG: the same vector SVG, rasterised through an Image onto a canvas, so every node is in
 * it whatever the view shows.
 */
export async function exportPng(p: CanvasPicture): Promise<void> {
  const svg = svgOf(p);
  const m = /<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  if (!m) throw new Error('the SVG has no size');
  const size = pngSize(Number(m[1]), Number(m[2]));
  saveBlob(`${safeFileStem(p.fileName)}.png`, await rasterizeSvg(svg, size));
}
