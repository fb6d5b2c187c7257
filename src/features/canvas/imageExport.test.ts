import { describe, expect, it } from 'vitest';
import { designCanvasSvg } from '../../core/document/designCanvasSvg';
import { analyzeTopology } from '../../core/validation/analyzeTopology';
import { benchTopology, BENCH_SMALL_COUNTS } from './benchTopology';

describe('the picture the image export draws', () => {
  it('frames every load balancer at its canvas positions, with the shared VMs once', () => {
    const t = benchTopology(BENCH_SMALL_COUNTS);
    const svg = designCanvasSvg(t, { diagnostics: analyzeTopology(t).diagnostics });
    for (const lb of t.loadBalancers) expect(svg).toContain(`<g class="frame" data-lb="${lb.name}">`);
    const at = t.layout!['bench-lb3/frontend:fe29']!;
    expect(svg).toContain(`data-id="bench-lb3/frontend:fe29">\n<rect x="${at.x}" y="${at.y}"`);
    expect(svg.split('data-id="vm:vm0"')).toHaveLength(2);
    expect(svg).toMatch(/<text[^>]*>fe0<\/text>/);
  });
});
