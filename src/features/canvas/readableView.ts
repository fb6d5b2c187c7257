import type { Size } from './layout';

/** A rectangle on the canvas, in flow coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept free at each edge of the pane. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The viewport that fits `bounds` into a pane of `view` pixels, zoomed between `minZoom` and `maxZoom`. Along an axis
 * where the content fits it is centred; along one where it does not (a large topology at the readable zoom) its start is
 * shown, the frontends on the left and the first elements of each column on top, since the graph reads from there.
 * @example readableViewport({ x: 0, y: 0, width: 100, height: 50 }, { width: 300, height: 150 }, NO_PAD, 0.5, 1) // { x: 100, y: 50, zoom: 1 }
 */
export function readableViewport(
  bounds: Rect,
  view: Size,
  pad: Padding,
  minZoom: number,
  maxZoom: number,
): { x: number; y: number; zoom: number } {
  const width = Math.max(1, view.width - pad.left - pad.right);
  const height = Math.max(1, view.height - pad.top - pad.bottom);
  const fit = Math.min(width / Math.max(bounds.width, 1), height / Math.max(bounds.height, 1));
  const zoom = Math.min(Math.max(fit, minZoom), Math.max(maxZoom, minZoom));
  const axis = (start: number, length: number, room: number, padStart: number) =>
    length * zoom <= room ? padStart + (room - length * zoom) / 2 - start * zoom : padStart - start * zoom;
  return { x: axis(bounds.x, bounds.width, width, pad.left), y: axis(bounds.y, bounds.height, height, pad.top), zoom };
}
