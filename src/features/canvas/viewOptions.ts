/** Fit-view padding: the toolbars sit above the canvas, so only the controls and minimap below need room. */
export const FIT_VIEW_OPTIONS = { padding: { top: '24px', bottom: '36px', left: '24px', right: '24px' }, maxZoom: 1.2 } as const;

/** The same padding in pixels, for fits computed here (readableView.ts). */
export const FIT_PADDING = { top: 24, right: 24, bottom: 36, left: 24 } as const;

/**
 * The smallest zoom the canvas fits to on its own: node names are 14 px and their kind line 10.5 px, so 0.75 keeps names
 * at 10.5 px and badges near 8 px. A topology that does not fit at this zoom shows its start (frontends, top) instead.
 */
export const READABLE_ZOOM = 0.75;

/** Above this many nodes the canvas renders only the elements in view (React Flow's onlyRenderVisibleElements). */
export const VIRTUALIZE_ABOVE = 200;
