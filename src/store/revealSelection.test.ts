import { describe, expect, it, vi } from 'vitest';
import { onRevealSelection, revealSelection } from './revealSelection';

describe('revealSelection', () => {
  it('reaches the canvas’s subscriber once per call, and no longer after it stops listening', () => {
    const canvas = vi.fn();
    const stop = onRevealSelection(canvas);
    revealSelection();
    expect(canvas).toHaveBeenCalledTimes(1);
    revealSelection();
    expect(canvas).toHaveBeenCalledTimes(2);
    stop();
    revealSelection();
    expect(canvas).toHaveBeenCalledTimes(2);
  });

  it('does nothing while no canvas is mounted', () => {
    expect(() => revealSelection()).not.toThrow();
  });
});

describe('revealSelection scope', () => {
  it('tells the canvas whether to fit the selection (the default) or every node', () => {
    const canvas = vi.fn();
    const stop = onRevealSelection(canvas);
    revealSelection();
    revealSelection('all');
    expect(canvas.mock.calls).toEqual([['selection'], ['all']]);
    stop();
  });
});
