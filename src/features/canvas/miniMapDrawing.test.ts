import { describe, expect, it } from 'vitest';
import { DEFAULT_NODE_SIZE } from './layout';
import { miniMapDrawing } from './miniMapDrawing';

describe('the minimap drawing', () => {
  it('draws each kind as one path of rectangles, frames apart, and bounds every node', () => {
    const d = miniMapDrawing([
      { type: 'loadBalancer', position: { x: -20, y: -40 }, width: 500, height: 300 },
      { type: 'frontend', position: { x: 0, y: 0 }, measured: { width: 200, height: 80 } },
      { type: 'vm', position: { x: 300, y: 10.04 } },
      { type: 'vm', position: { x: 300, y: 150 }, measured: { width: 180.26, height: 60 } },
    ]);
    expect(d.kinds.frontend).toBe('M0 0h200v80h-200z');
    expect(d.kinds.vm).toBe(
      `M300 10h${DEFAULT_NODE_SIZE.width}v${DEFAULT_NODE_SIZE.height}h-${DEFAULT_NODE_SIZE.width}zM300 150h180.3v60h-180.3z`,
    );
    expect(d.kinds).not.toHaveProperty('loadBalancer');
    expect(d.frames).toBe('M-20 -40h500v300h-500z');
    expect(d.bounds).toEqual({ x: -20, y: -40, width: 300 + DEFAULT_NODE_SIZE.width + 20, height: 300 });
  });

  it('has no bounds and draws nothing without nodes', () => {
    expect(miniMapDrawing([])).toEqual({ kinds: {}, frames: '', bounds: undefined });
  });
});
