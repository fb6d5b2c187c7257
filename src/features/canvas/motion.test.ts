import { describe, expect, it } from 'vitest';
import { viewDuration } from './motion';

describe('viewDuration', () => {
  it('animates by default and not at all when the user prefers reduced motion', () => {
    const queries: string[] = [];
    const media = (matches: boolean) => (q: string) => (queries.push(q), { matches });
    expect(viewDuration(300, media(false))).toBe(300);
    expect(viewDuration(300, media(true))).toBe(0);
    expect(queries).toEqual(['(prefers-reduced-motion: reduce)', '(prefers-reduced-motion: reduce)']);
    // Without matchMedia (Node, old engines) the animation stays.
    expect(viewDuration(300, undefined)).toBe(300);
  });
});
