import { afterEach, beforeEach, vi } from 'vitest';

/** An element a stand-in IntersectionObserver watches, and how to say it came on screen. */
export interface Watched {
  target: Element;
  fire: () => void;
}

/**
 * Installs a stand-in IntersectionObserver for each test of the file (jsdom has none): the test reads what is
 * watched and says when an element comes on screen. Returns the live list of watched elements.
 * @example const watched = fakeIntersectionObserver(); act(() => watched()[0]!.fire());
 */
export function fakeIntersectionObserver(): () => readonly Watched[] {
  let watched: (Watched & { by: object })[] = [];
  class FakeObserver {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      watched.push({
        by: this,
        target,
        fire: () => this.callback([{ isIntersecting: true, target } as IntersectionObserverEntry], this as never),
      });
    }
    disconnect() {
      watched = watched.filter((o) => o.by !== this);
    }
  }
  beforeEach(() => {
    watched = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());
  return () => watched;
}
