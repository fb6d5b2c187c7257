import type { Page } from '@playwright/test';

/** Frame-time statistics in milliseconds. */
export interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  mean: number;
}

/**
 * Drags the element under `from` in circles for `ms` with the mouse while recording every
 * requestAnimationFrame interval in the page.
 */
export async function dragAndMeasure(page: Page, from: { x: number; y: number }, ms = 3000): Promise<FrameStats> {
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    const tick = (now) => { window.__frames.push(now); if (window.__recording) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++) {
    const a = i / 12;
    await page.mouse.move(from.x + 40 + 120 * Math.sin(a), from.y + 90 * (1 - Math.cos(a)));
  }
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  await page.mouse.up();
  const deltas = stamps
    .slice(1)
    .map((t, i) => t - stamps[i]!)
    .sort((a, b) => a - b);
  const at = (q: number) => deltas[Math.min(deltas.length - 1, Math.floor(q * deltas.length))]!;
  return {
    frames: deltas.length,
    median: round(at(0.5)),
    p95: round(at(0.95)),
    mean: round(deltas.reduce((s, d) => s + d, 0) / deltas.length),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
