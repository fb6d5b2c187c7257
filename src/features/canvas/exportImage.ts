import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { canvasSvg } from '../../core/document/canvasSvg';
import type { Diagnostic } from '../../core/diagnostics/diagnostic';
import { safeFileStem } from '../../core/files/fileName';
import type { Locale } from '../../core/i18n/locale';
import type { Topology } from '../../core/topology/schema';
import { downloadText } from '../../lib/download';

const WIDTH = 1600;
const HEIGHT = 1000;

/**
 * Renders the whole diagram to a PNG data URL and downloads it (React Flow's download-image recipe).
 * html-to-image is imported on demand so it stays out of the initial bundle.
 */
export async function exportPng(nodes: Node[], fileName: string): Promise<void> {
  const viewport = document.querySelector<HTMLElement>('.fp-canvas .react-flow__viewport');
  if (!viewport || nodes.length === 0) return;
  const { toPng } = await import('html-to-image');
  const bounds = getNodesBounds(nodes);
  const { x, y, zoom } = getViewportForBounds(bounds, WIDTH, HEIGHT, 0.05, 2, 0.05);
  // The export takes the theme's background so dark-theme diagrams stay readable.
  const background = getComputedStyle(viewport).getPropertyValue('--surface').trim() || '#ffffff';
  const url = await toPng(viewport, {
    backgroundColor: background,
    width: WIDTH,
    height: HEIGHT,
    style: { width: `${WIDTH}px`, height: `${HEIGHT}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  });
  const a = document.createElement('a');
  a.setAttribute('download', `${safeFileStem(fileName)}.png`);
  a.setAttribute('href', url);
  a.click();
}

/**
 * Downloads the canvas as a vector SVG drawn by the core (rects, paths and text, no foreignObject), in the theme
 * the app shows (`data-theme` on <html>) and the UI language, with the analysis's badges.
 */
export function exportSvg(topology: Topology, diagnostics: readonly Diagnostic[], locale: Locale, fileName: string): void {
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  downloadText(`${safeFileStem(fileName)}.svg`, canvasSvg(topology, { theme, locale, diagnostics }), 'image/svg+xml');
}
