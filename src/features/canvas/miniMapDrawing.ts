import type { NodeKind } from '../../core/edit/ids';
import { DEFAULT_NODE_SIZE } from './layout';

/** A node as the minimap reads it: where it is, how big (if measured or set), what it is. */
export interface MiniMapNode {
  type?: string;
  position: { x: number; y: number };
  measured?: { width?: number; height?: number };
  width?: number;
  height?: number;
}

/** The minimap's picture of the canvas: one path per element kind, one for the load balancers' frames, the bounds. */
export interface MiniMapDrawing {
  kinds: Partial<Record<NodeKind, string>>;
  frames: string;
  /** The box around every node, undefined without nodes. */
  bounds: { x: number; y: number; width: number; height: number } | undefined;
}

/**
 * Draws every node as a rectangle in one SVG path per kind, so the minimap of a thousand-node canvas is a handful of
 * elements (React Flow's own minimap has an element, and a store subscription, per node: a thousand selectors run on
 * every edit and drag frame). A node not yet measured (off screen on a large canvas) has the default size.
 * @example miniMapDrawing([{ type: 'vm', position: { x: 0, y: 0 } }]).kinds.vm // 'M0 0h210v78h-210z'
 */
export function miniMapDrawing(nodes: readonly MiniMapNode[]): MiniMapDrawing {
  const parts: Partial<Record<string, string[]>> = {};
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const n of nodes) {
    const w = n.measured?.width ?? n.width ?? DEFAULT_NODE_SIZE.width;
    const h = n.measured?.height ?? n.height ?? DEFAULT_NODE_SIZE.height;
    const { x, y } = n.position;
    let rect = RECTS.get(n);
    if (rect === undefined) RECTS.set(n, (rect = `M${round(x)} ${round(y)}h${round(w)}v${round(h)}h${round(-w)}z`));
    (parts[n.type ?? 'vm'] ??= []).push(rect);
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + w);
    bottom = Math.max(bottom, y + h);
  }
  const { loadBalancer: frames = [], ...kinds } = parts;
  return {
    kinds: Object.fromEntries(Object.entries(kinds).map(([k, d]) => [k, d!.join('')])),
    frames: frames.join(''),
    bounds: nodes.length ? { x: left, y: top, width: right - left, height: bottom - top } : undefined,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

// Each node object's rectangle, made once: the canvas hands over the same objects for unchanged nodes (toFlow.ts), so
// a drag frame makes the dragged node's alone.
const RECTS = new WeakMap<MiniMapNode, string>();
