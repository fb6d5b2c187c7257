import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { miniMapDrawing, type MiniMapNode } from './miniMapDrawing';

/** The minimap's size on screen, in px. */
export const MINIMAP_SIZE = { width: 150, height: 96 };
/** Room around the drawing, in minimap px (React Flow's default). */
const OFFSET = 5;

interface View {
  x: number;
  y: number;
  width: number;
  height: number;
  flowWidth: number;
  flowHeight: number;
  panZoom: ReactFlowState['panZoom'];
  translateExtent: ReactFlowState['translateExtent'];
}

// The part of the flow in view, in flow coordinates; compared by value, so only a pan, zoom or resize re-renders.
const viewOf = (s: ReactFlowState): View => ({
  x: -s.transform[0] / s.transform[2],
  y: -s.transform[1] / s.transform[2],
  width: s.width / s.transform[2],
  height: s.height / s.transform[2],
  flowWidth: s.width,
  flowHeight: s.height,
  panZoom: s.panZoom,
  translateExtent: s.translateExtent,
});
const sameView = (a: View, b: View) =>
  a.x === b.x &&
  a.y === b.y &&
  a.width === b.width &&
  a.height === b.height &&
  a.flowWidth === b.flowWidth &&
  a.flowHeight === b.flowHeight &&
  a.panZoom === b.panZoom &&
  a.translateExtent === b.translateExtent;

/**
 * The canvas overview in the bottom-right corner, pannable and zoomable like React Flow's MiniMap (same classes, so
 * the same styles, and the same XYMinimap behaviour from @xyflow/system), drawn from the canvas's own nodes as a
 * path per element kind: redrawn when the nodes change, with one store subscription for the view. Element kinds
 * take their canvas colours; a load balancer's frame is an outline.
 */
export function CanvasMiniMap({ nodes, label }: { nodes: readonly MiniMapNode[]; label: string }) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const view = useStore(viewOf, sameView);
  const drawing = useMemo(() => miniMapDrawing(nodes), [nodes]);
  // What the minimap shows: every node and the view, scaled to fit, centred, with a margin (React Flow's arithmetic).
  const b = drawing.bounds;
  const left = Math.min(view.x, b?.x ?? view.x);
  const top = Math.min(view.y, b?.y ?? view.y);
  const boxWidth = Math.max(view.x + view.width, b ? b.x + b.width : -Infinity) - left;
  const boxHeight = Math.max(view.y + view.height, b ? b.y + b.height : -Infinity) - top;
  const scale = Math.max(boxWidth / MINIMAP_SIZE.width, boxHeight / MINIMAP_SIZE.height) || 1;
  const offset = OFFSET * scale;
  const width = scale * MINIMAP_SIZE.width + 2 * offset;
  const height = scale * MINIMAP_SIZE.height + 2 * offset;
  const x = left - (width - 2 * offset - boxWidth) / 2 - offset;
  const y = top - (height - 2 * offset - boxHeight) / 2 - offset;
  // XYMinimap reads the scale when a drag on the minimap starts: kept current after each render.
  const scaleRef = useRef(scale);
  useLayoutEffect(() => {
    scaleRef.current = scale;
  }, [scale]);

  const minimap = useRef<XYMinimapInstance>(undefined);
  useEffect(() => {
    const panZoom = store.getState().panZoom;
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scaleRef.current,
    });
    return () => minimap.current?.destroy();
  }, [store, view.panZoom]);
  useEffect(() => {
    minimap.current?.update({
      translateExtent: view.translateExtent,
      width: view.flowWidth,
      height: view.flowHeight,
      inversePan: false,
      pannable: true,
      zoomStep: 1,
      zoomable: true,
    });
  }, [view.panZoom, view.translateExtent, view.flowWidth, view.flowHeight]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap fp-minimap" style={MINIMAP_SIZE}>
      <svg
        ref={svg}
        width={MINIMAP_SIZE.width}
        height={MINIMAP_SIZE.height}
        viewBox={`${x} ${y} ${width} ${height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{label}</title>
        {drawing.frames && <path className="fp-minimap__frames" d={drawing.frames} />}
        {Object.entries(drawing.kinds).map(([kind, d]) => (
          <path key={kind} className="react-flow__minimap-node" data-kind={kind} d={d} style={{ fill: `var(--fp-kind-${kind})` }} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z
        M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
