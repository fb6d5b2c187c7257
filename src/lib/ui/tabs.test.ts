import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from './tabs';

describe('tab keyboard', () => {
  it('moves with arrows and wraps', () => {
    expect(tabKeyTarget('ArrowRight', 0, 2)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 1, 2)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 2)).toBe(1);
  });

  it('jumps with Home and End and ignores other keys', () => {
    expect(tabKeyTarget('Home', 2, 3)).toBe(0);
    expect(tabKeyTarget('End', 0, 3)).toBe(2);
    expect(tabKeyTarget('Enter', 0, 3)).toBeUndefined();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeUndefined();
  });
});
