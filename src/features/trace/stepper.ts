/** Playback speeds offered by the stepper, as multiples of the base pace. */
export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

/** Milliseconds a hop stays on screen at 1× while playing: long enough to read the note. */
export const BASE_DELAY_MS = 2000;

/**
 * The delay between hops at a speed.
 * @example stepDelay(2) // 1000
 */
export function stepDelay(speed: Speed): number {
  return BASE_DELAY_MS / speed;
}

/**
 * The hop index after a step, kept within 0..count-1.
 * @example step(3, 4, 1) // 3
 */
export function step(index: number, count: number, delta: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, index + delta));
}

/**
 * The step an arrow key asks for while the stepper has focus, or undefined for other keys.
 * @example keyDelta('ArrowLeft') // -1
 */
export function keyDelta(key: string): -1 | 1 | undefined {
  if (key === 'ArrowLeft') return -1;
  if (key === 'ArrowRight') return 1;
  return undefined;
}

/**
 * Where pressing play starts: from the first hop when already at the last, so play always shows something.
 * @example playStart(3, 4) // 0
 */
export function playStart(index: number, count: number): number {
  return index >= count - 1 ? 0 : index;
}

/**
 * One tick of auto-play: the next hop, and whether to keep playing (it stops on the last hop).
 * @example tick(2, 4) // { index: 3, playing: false }
 */
export function tick(index: number, count: number): { index: number; playing: boolean } {
  const next = step(index, count, 1);
  return { index: next, playing: next < count - 1 };
}
