import { describe, expect, it } from 'vitest';
import { pngSize } from './exportImage';

describe('pngSize', () => {
  it('draws at 2×', () => {
    expect(pngSize(1200.5, 334)).toEqual({ width: 2401, height: 668, scale: 2 });
  });

  it('scales a huge canvas down to what a browser canvas holds', () => {
    const tall = pngSize(1200, 30_000);
    expect(tall.height).toBeLessThanOrEqual(16_000);
    const big = pngSize(12_000, 12_000);
    expect(big.width * big.height).toBeLessThanOrEqual(100_000_000);
    expect(big.width).toBeLessThanOrEqual(16_000);
  });
});
