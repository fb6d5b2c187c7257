import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/validation/analyze';
import { analyzeTopology } from '../src/core/validation/analyzeTopology';
import { largestTopology } from './largest';
import { spreadTopology } from './spread';

describe('the largest load balancer spread over several', () => {
  it('keeps every element, each rule beside its frontend and pool, and maps the same pairs', () => {
    const t = spreadTopology(3);
    expect(t.loadBalancers.map((lb) => [lb.frontends.length, lb.backendPools.length, lb.rules.length])).toEqual([
      [200, 2, 500],
      [200, 2, 500],
      [200, 2, 500],
    ]);
    for (const lb of t.loadBalancers) {
      const frontends = new Set(lb.frontends.map((f) => f.name));
      const pools = new Set(lb.backendPools.map((p) => p.name));
      expect(lb.rules.every((r) => frontends.has(r.frontend) && pools.has(r.backendPool))).toBe(true);
    }
    const spread = analyzeTopology(t);
    expect(spread.rows.length).toBe(analyze(largestTopology(1)).rows.length);
    expect(spread.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
