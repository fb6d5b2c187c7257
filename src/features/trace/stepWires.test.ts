import { describe, expect, it } from 'vitest';
import { presetTopology } from '../../core/testing/presets';
import { traceTopology, type DesignTrace, type DesignTraceOptions } from '../../core/trace/designTrace';
import type { Topology } from '../../core/topology/schema';
import { validDesigns } from '../../core/validation/acrossCodeCases.testing';
import { traceSteps } from './steps';
import { deliveringPath, stepHighlight } from './stepWires';

const cross = presetTopology('cross-region');
const chained = validDesigns['a Gateway chain from a public frontend']!;
const traceOf = (t: Topology, options: DesignTraceOptions): DesignTrace => {
  const r = traceTopology(t, options);
  if (!r.ok) throw new Error(r.error);
  return r.trace;
};
/** Every step's lit wires, in step order. */
function lit(t: Topology, trace: DesignTrace) {
  const steps = traceSteps(trace);
  const path = deliveringPath(t, trace)!;
  return steps.map((s, i) => [s.stage, stepHighlight(t, trace, steps, i, path).wires]);
}

describe('stepHighlight: every step lights the elements of the load balancer that moves the packet', () => {
  it("a Global pick: the Global load balancer's wires, then the regional frontend's way to the VM", () => {
    const trace = traceOf(cross, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1' });
    expect(deliveringPath(cross, trace)).toEqual({
      kind: 'rule',
      loadBalancer: 'lb-east',
      frontend: 'web',
      rule: 'https',
      backendPool: 'web',
      vm: 'web-east-1',
    });
    expect(lit(cross, trace)).toEqual([
      ['client-to-global', ['lb-global/frontend:anycast->lb-global/rule:https', 'lb-global/rule:https->lb-global/backendPool:regions']],
      ['client-to-lb', ['lb-east/frontend:web->lb-global/backendPool:regions', 'lb-east/frontend:web->lb-east/rule:https']],
      ['lb-to-vm', ['lb-east/rule:https->lb-east/backendPool:web', 'lb-east/backendPool:web->vm:web-east-1']],
      ['vm-reply', ['lb-east/backendPool:web->vm:web-east-1']],
      ['reply-at-client', ['lb-east/backendPool:web->vm:web-east-1']],
    ]);
  });

  it("a Gateway chain: the chain wire, the Gateway's rule → pool → the chosen appliance and back, then the consumer's rule", () => {
    const trace = traceOf(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', appliance: 'NVA2' });
    expect(lit(chained, trace)).toEqual([
      ['client-to-lb', ['pub/frontend:FE1->pub/rule:r1']],
      ['frontend-to-gateway', ['pub/frontend:FE1->gwlb/frontend:FE1']],
      [
        'gateway-to-appliance',
        ['gwlb/frontend:FE1->gwlb/rule:r1', 'gwlb/rule:r1->gwlb/backendPool:pool', 'gwlb/backendPool:pool->vm:NVA2'],
      ],
      ['appliance-to-gateway', ['gwlb/backendPool:pool->vm:NVA2', 'pub/frontend:FE1->gwlb/frontend:FE1']],
      ['lb-to-vm', ['pub/rule:r1->pub/backendPool:pool', 'pub/backendPool:pool->vm:VM1']],
      ['vm-reply', ['pub/backendPool:pool->vm:VM1']],
      ['reply-at-client', ['pub/backendPool:pool->vm:VM1']],
    ]);
  });

  it('a what-if failure after the chain: the chain steps stay normal, the failing hop and those after it red', () => {
    const fip = structuredClone(chained);
    fip.loadBalancers[0]!.rules[0]!.floatingIp = true;
    const trace = traceOf(fip, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', whatIf: { noLoopback: true } });
    const steps = traceSteps(trace);
    const path = deliveringPath(fip, trace)!;
    const tones = steps.map((_, i) => stepHighlight(fip, trace, steps, i, path).tone);
    const failedStep = steps.findIndex((s) => s.hop.failure);
    expect(steps[failedStep]?.stage).toBe('lb-to-vm');
    expect(tones.slice(0, failedStep)).toEqual(Array(failedStep).fill('normal'));
    expect(tones.slice(failedStep).every((t) => t === 'failing')).toBe(true);
  });

  it('past the last step, nothing', () => {
    const trace = traceOf(cross, { loadBalancer: 'lb-east', rule: 'https', vm: 'web-east-1' });
    expect(stepHighlight(cross, trace, traceSteps(trace), 99, deliveringPath(cross, trace)!)).toEqual({ wires: [], tone: 'normal' });
  });
});
