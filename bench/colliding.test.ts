import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/validation/analyze';
import { collidingTopology } from './colliding';

describe('the worst-shape benchmark topology', () => {
  it.each([
    [false, 'RulesUseSameBackendPortProtocolAndPool'],
    [true, 'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled'],
  ] as const)('floating %s: 1,500 rules collide on the frontend and on every VM, each reported once naming all', (floating, code) => {
    // The bench's own size is 1,500 rules × 333 VMs; 20 VMs keep this test quick and show the same shape.
    const full = collidingTopology(floating);
    expect([full.rules.length, full.rules.length * full.backendPools[0]!.members.length]).toEqual([1500, 499_500]);
    const t = collidingTopology(floating, 1500, 20);
    const { rows, diagnostics } = analyze(t);
    expect(rows).toHaveLength(30_000);
    for (const c of ['FrontendPortConflict', code]) {
      const found = diagnostics.filter((d) => d.code === c);
      expect(found).toHaveLength(1);
      expect(found[0]!.refs.filter((r) => r.kind === 'rule')).toHaveLength(1500);
    }
    expect(diagnostics.find((d) => d.code === code)!.refs.filter((r) => r.kind === 'vm')).toHaveLength(20);
  });
});
