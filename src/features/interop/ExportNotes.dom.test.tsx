// A large design's export notes render a screenful at a time, each telling assistive technology its place.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExportNote } from '../../core/export/types';
import { FIRST_ITEMS } from '../../lib/useRenderWindow';
import { ExportNotes } from './ExportNotes';
import { fakeIntersectionObserver } from '../../lib/testing/fakeIntersection';

const notes: ExportNote[] = Array.from({ length: 75 }, (_, i) => ({ severity: 'warning', code: 'Note', message: `note ${i}` }));

const watched = fakeIntersectionObserver();

describe('the export notes', () => {
  it('renders the first screenful with each note placed in the whole list, and the rest as the region scrolls', () => {
    render(<ExportNotes notes={notes} />);
    const items = () => screen.getByRole('list', { name: 'Export notes' }).querySelectorAll('li');
    expect(items()).toHaveLength(FIRST_ITEMS);
    expect(items()[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(items()[0]!.getAttribute('aria-setsize')).toBe('75');
    while (watched().length > 0) act(() => watched()[0]!.fire());
    expect(items()).toHaveLength(75);
    expect(items()[74]!.textContent).toContain('note 74');
    // All of them rendered: the list is whole, nothing to tell.
    expect(items()[0]!.hasAttribute('aria-setsize')).toBe(false);
  });

  it('renders nothing without notes', () => {
    const { container } = render(<ExportNotes notes={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
