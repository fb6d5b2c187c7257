// A large design's export notes render a screenful at a time, each telling assistive technology its place.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportNote } from '../../core/export/types';
import { FIRST_ITEMS } from '../../lib/useRenderWindow';
import { ExportNotes } from './ExportNotes';

const notes: ExportNote[] = Array.from({ length: 75 }, (_, i) => ({ severity: 'warning', code: 'Note', message: `note ${i}` }));

let fire: (() => void)[] = [];
class FakeObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    fire.push(() => this.callback([{ isIntersecting: true, target } as IntersectionObserverEntry], this as never));
  }
  disconnect() {
    fire = [];
  }
}

beforeEach(() => {
  fire = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

describe('the export notes', () => {
  it('renders the first screenful with each note placed in the whole list, and the rest as the region scrolls', () => {
    render(<ExportNotes notes={notes} />);
    const items = () => screen.getByRole('list', { name: 'Export notes' }).querySelectorAll('li');
    expect(items()).toHaveLength(FIRST_ITEMS);
    expect(items()[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(items()[0]!.getAttribute('aria-setsize')).toBe('75');
    while (fire.length > 0) act(() => fire[0]!());
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
