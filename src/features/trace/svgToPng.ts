import { PNG_SCALE, pngBackground, pngSize, themed, type Theme } from './png';

/** Why a PNG could not be made; `reason` is a key of the Trace tab's messages, so the UI says it in its language. */
export class PngError extends Error {
  constructor(readonly reason: 'pngNoSize' | 'pngNoCanvas' | 'pngEncode') {
    super(reason);
  }
}

/**
 * Rasterises an SVG document to a PNG Blob at 2×: the SVG (theme pinned) goes through a Blob URL into an
 * Image, which is drawn on a canvas filled with the theme's background.
 */
export async function svgToPng(svg: string, theme: Theme): Promise<Blob> {
  const size = pngSize(svg, PNG_SCALE);
  if (!size) throw new PngError('pngNoSize');
  const url = URL.createObjectURL(new Blob([themed(svg, theme)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PngError('pngNoCanvas');
    ctx.fillStyle = pngBackground(theme);
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PngError('pngEncode'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
