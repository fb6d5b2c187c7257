import { describe, expect, it } from 'vitest';
import { isFirstVisit, rememberWelcomeDismissed, WELCOME_KEY, welcomeDismissed } from './welcomeFlag';

/** A Map-backed Storage stand-in. */
function memory(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  },
};

describe('welcome flag', () => {
  it('is not set on a first visit, and is once remembered', () => {
    const storage = memory();
    expect(welcomeDismissed(storage)).toBe(false);
    expect(rememberWelcomeDismissed(storage)).toBe(true);
    expect(welcomeDismissed(storage)).toBe(true);
    expect(storage.map.get(WELCOME_KEY)).toBe('dismissed');
  });

  it('reads a corrupt or foreign value as not dismissed, and overwrites it when dismissed', () => {
    for (const value of ['', 'true', '{"broken', 'DISMISSED']) {
      const storage = memory({ [WELCOME_KEY]: value });
      expect(welcomeDismissed(storage), value).toBe(false);
      rememberWelcomeDismissed(storage);
      expect(welcomeDismissed(storage), value).toBe(true);
    }
  });

  it('survives storage that throws or is missing: shown, and the dismissal reported as not kept', () => {
    expect(welcomeDismissed(throwing)).toBe(false);
    expect(rememberWelcomeDismissed(throwing)).toBe(false);
    expect(welcomeDismissed(null)).toBe(false);
    expect(rememberWelcomeDismissed(null)).toBe(false);
  });

  it('is a first visit only while the built-in example is on screen and the welcome was never dismissed', () => {
    const builtIn = { name: 'example' };
    const storage = memory();
    expect(isFirstVisit(builtIn, builtIn, storage)).toBe(true);
    expect(isFirstVisit({ ...builtIn }, builtIn, storage), 'saved work restored: an equal copy is not the built-in').toBe(false);
    rememberWelcomeDismissed(storage);
    expect(isFirstVisit(builtIn, builtIn, storage)).toBe(false);
    expect(isFirstVisit(builtIn, builtIn, throwing), 'unreadable storage: shown').toBe(true);
  });
});
