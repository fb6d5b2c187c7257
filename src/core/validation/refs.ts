import type { ElementKind, ElementRef } from '../diagnostics/diagnostic';

/** Shorthand for an element reference. */
export const ref = (kind: ElementKind, name: string): ElementRef => ({ kind, name });
