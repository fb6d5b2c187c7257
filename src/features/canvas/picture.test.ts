import { describe, expect, it } from 'vitest';
import { canvasSvg } from '../../core/document/canvasSvg';
import { benchTopology, BENCH_SMALL_COUNTS } from './benchTopology';
import { pictureOf } from './picture';

describe('the picture the image export draws', () => {
  it('holds every load balancer’s elements at their canvas positions, and the shared VMs once', () => {
    const t = benchTopology(BENCH_SMALL_COUNTS);
    const p = pictureOf(t);
    expect(p.frontends).toHaveLength(30);
    expect(p.rules).toHaveLength(90);
    expect(p.backendPools).toHaveLength(6);
    expect(p.vms).toBe(t.vms);
    expect(p.layout?.['frontend:fe29']).toEqual(t.layout?.['bench-lb3/frontend:fe29']);
    expect(p.layout?.['vm:vm0']).toEqual(t.layout?.['vm:vm0']);
    const svg = canvasSvg(p);
    expect(svg).toMatch(/<text[^>]*>fe0<\/text>/);
    expect(svg).toMatch(/<text[^>]*>fe29<\/text>/);
  });
});
