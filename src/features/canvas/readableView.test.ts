import { describe, expect, it } from 'vitest';
import { readableViewport } from './readableView';

const NO_PAD = { top: 0, right: 0, bottom: 0, left: 0 };
const PAD = { top: 20, right: 40, bottom: 30, left: 50 };

/** Where a flow point lands on the pane under a viewport. */
const onPane = (v: { x: number; y: number; zoom: number }, x: number, y: number) => ({ x: x * v.zoom + v.x, y: y * v.zoom + v.y });

describe('readableViewport', () => {
  it('centres a small topology, zoomed in no further than the maximum', () => {
    const v = readableViewport({ x: 0, y: 0, width: 100, height: 50 }, { width: 300, height: 150 }, NO_PAD, 0.5, 1);
    expect(v).toEqual({ x: 100, y: 50, zoom: 1 });
  });

  it('fits a topology that fits between the two zooms, inside the padding', () => {
    const bounds = { x: -100, y: -50, width: 1000, height: 200 };
    const v = readableViewport(bounds, { width: 890, height: 400 }, PAD, 0.5, 1.2);
    expect(v.zoom).toBeCloseTo(0.8);
    expect(onPane(v, -100, -50).x).toBeCloseTo(50);
    expect(onPane(v, 900, -50).x).toBeCloseTo(850);
    // Centred vertically in the padded room (20 … 370).
    const top = onPane(v, -100, -50).y;
    const bottom = onPane(v, -100, 150).y;
    expect(top - 20).toBeCloseTo(370 - bottom);
  });

  it('stops at the readable zoom for a large topology and shows its top-left start', () => {
    const bounds = { x: 200, y: -3000, width: 4000, height: 6000 };
    const v = readableViewport(bounds, { width: 1000, height: 600 }, PAD, 0.75, 1.2);
    expect(v.zoom).toBe(0.75);
    expect(onPane(v, 200, -3000)).toEqual({ x: 50, y: 20 });
  });

  it('centres the axis that fits and starts the one that does not', () => {
    const v = readableViewport({ x: 0, y: 0, width: 400, height: 5000 }, { width: 1000, height: 600 }, NO_PAD, 0.75, 1.2);
    expect(v.zoom).toBe(0.75);
    expect(v.y).toBe(0);
    expect(v.x).toBe((1000 - 300) / 2);
  });
});
