import { describe, expect, it } from 'vitest';
import { keyDelta, playStart, SPEEDS, step, stepDelay, tick } from './stepper';

describe('stepper logic', () => {
  it('steps within the hops', () => {
    expect(step(0, 4, 1)).toBe(1);
    expect(step(3, 4, 1)).toBe(3);
    expect(step(0, 4, -1)).toBe(0);
    expect(step(9, 4, 0)).toBe(3);
    expect(step(2, 0, 1)).toBe(0);
  });

  it('maps arrow keys to steps and ignores other keys', () => {
    expect(keyDelta('ArrowLeft')).toBe(-1);
    expect(keyDelta('ArrowRight')).toBe(1);
    expect(keyDelta('ArrowUp')).toBeUndefined();
    expect(keyDelta('Enter')).toBeUndefined();
  });

  it('plays to the last hop, then stops; play from the end restarts', () => {
    expect(tick(0, 4)).toEqual({ index: 1, playing: true });
    expect(tick(2, 4)).toEqual({ index: 3, playing: false });
    expect(playStart(3, 4)).toBe(0);
    expect(playStart(1, 4)).toBe(1);
  });

  it('is faster at a higher speed', () => {
    expect(SPEEDS).toEqual([0.5, 1, 2]);
    expect(stepDelay(0.5)).toBe(2 * stepDelay(1));
    expect(stepDelay(2)).toBe(stepDelay(1) / 2);
  });
});
