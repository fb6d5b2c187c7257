import { rasterizeSvg, RasterizeError } from '../../lib/rasterize';
import { PNG_SCALE, pngBackground, pngSize, themed, type Theme } from './png';

/** Why a PNG could not be made; `reason` is a key of the Trace tab's messages, so the UI says it in its language. */
export class PngError extends Error {
  constructor(readonly reason: 'pngNoSize' | 'pngNoCanvas' | 'pngEncode') {
    super(reason);
  }
}

/**
 * Rasterises an SVG document to a PNG Blob at 2×: the SVG (theme pinned) drawn on a canvas filled with the theme's
 * background (lib/rasterize.ts).
 */
export async function svgToPng(svg: string, theme: Theme): Promise<Blob> {
  const size = pngSize(svg, PNG_SCALE);
  if (!size) throw new PngError('pngNoSize');
  try {
    return await rasterizeSvg(themed(svg, theme), size, pngBackground(theme));
  } catch (e) {
    if (e instanceof RasterizeError) throw new PngError(e.reason === 'noCanvas' ? 'pngNoCanvas' : 'pngEncode');
    throw e;
  }
}
