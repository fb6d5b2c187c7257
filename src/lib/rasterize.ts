/** Why an SVG could not be rasterised: no 2D canvas in this browser, or the PNG could not be encoded. */
export class RasterizeError extends Error {
  constructor(readonly reason: 'noCanvas' | 'encode') {
    super(reason === 'noCanvas' ? 'no 2D canvas' : 'the PNG could not be encoded');
  }
}

/**
 * Draws an SVG document onto a canvas of `size` (through a Blob URL and an Image) and encodes it as a PNG; the
 * canvas is first filled with `background` when one is given. Shared by the canvas and the Trace tab's diagram.
 * @example saveBlob('lb.png', await rasterizeSvg(svg, { width: 800, height: 600 }))
 */
export async function rasterizeSvg(svg: string, size: { width: number; height: number }, background?: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new RasterizeError('noCanvas');
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, size.width, size.height);
    }
    ctx.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new RasterizeError('encode'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
