import { describe, expect, it } from 'vitest';
import { preset } from '../../core/testing/presets';
import { traceDiagram } from '../../core/diagram/diagram';
import { pngBackground, pngSize, themed } from './png';

describe('PNG export helpers', () => {
  it('sizes the PNG at twice the SVG size, rounding up fractional widths', () => {
    expect(pngSize('<svg xmlns="x" width="100" height="50.2">')).toEqual({ width: 200, height: 101 });
    expect(pngSize('<svg width="10" height="5">', 3)).toEqual({ width: 30, height: 15 });
    expect(pngSize('<svg viewBox="0 0 1 1">')).toBeUndefined();
    expect(pngSize('not svg')).toBeUndefined();
  });

  it("reads the size of the core's diagram", () => {
    const result = traceDiagram(preset('type2-floating-ip'), { rule: 'rule1', vm: 'VM1' });
    if (!result.ok) throw new Error(result.error);
    const size = pngSize(result.svg)!;
    expect(size.width).toBeGreaterThan(1000);
    expect(size.height).toBeGreaterThan(500);
  });

  it('pins the theme on the root and picks the matching background', () => {
    expect(themed('<svg class="fpd"><svg>', 'dark')).toBe('<svg data-theme="dark" class="fpd"><svg>');
    expect(pngBackground('light')).toBe('#ffffff');
    expect(pngBackground('dark')).toBe('#0d1117');
  });
});
