import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { safeFileStem } from '../../core/files/fileName';

const WIDTH = 1600;
const HEIGHT = 1000;

/**
 * Renders the whole diagram to a PNG or SVG data URL and downloads it (React Flow's download-image
 * recipe). html-to-image is imported on demand so it stays out of the initial bundle.
 */
export async function exportDiagram(format: 'png' | 'svg', nodes: Node[], fileName: string): Promise<void> {
  const viewport = document.querySelector<HTMLElement>('.fp-canvas .react-flow__viewport');
  if (!viewport || nodes.length === 0) return;
  const { toPng, toSvg } = await import('html-to-image');
  const bounds = getNodesBounds(nodes);
  const { x, y, zoom } = getViewportForBounds(bounds, WIDTH, HEIGHT, 0.05, 2, 0.05);
  // The export takes the theme's background so dark-theme diagrams stay readable.
  const background = getComputedStyle(viewport).getPropertyValue('--surface').trim() || '#ffffff';
  const options = {
    backgroundColor: background,
    width: WIDTH,
    height: HEIGHT,
    style: { width: `${WIDTH}px`, height: `${HEIGHT}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  };
  const url = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  const a = document.createElement('a');
  a.setAttribute('download', `${safeFileStem(fileName)}.${format}`);
  a.setAttribute('href', url);
  a.click();
}
