/** Fit-view padding that leaves room for the palette and toolbar above and the controls and minimap below. */
export const FIT_VIEW_OPTIONS = { padding: { top: '64px', bottom: '36px', left: '48px', right: '48px' }, maxZoom: 1.2 } as const;
