import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/validation/analyze';
import { largestTopology } from './largest';

describe('the benchmark topology', () => {
  it('is the largest valid load balancer: 600 frontends, 1,500 rules, 500,000 pairs and no errors', () => {
    const t = largestTopology();
    const { rows, diagnostics } = analyze(t);
    expect([t.frontends.length, t.rules.length, rows.length]).toEqual([600, 1500, 500_000]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
