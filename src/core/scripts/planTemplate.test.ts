import { describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../testing/builders';
import { analyzeRuns } from '../validation/analyze';
import { planVm } from './plan';
import { planTemplates, templateOf } from './planTemplate';
import { runIndex } from './runIndex';

const t = topology({
  frontends: [{ name: 'FE1', ip: '203.0.113.1' }],
  vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')],
  backendPools: [{ name: 'pool', members: ['VM1', 'VM2'] }],
  rules: [rule('r1', { floatingIp: true }), rule('r2', { floatingIp: false, frontendPort: 81, backendPort: 8081 })],
});

describe('planTemplates', () => {
  it('derives a later VM of the same shape from the first: its NIC IP swapped in, its lists traced to the template', () => {
    const a = analyzeRuns(t);
    const index = runIndex(a.index, a.runs, a.natRows);
    const template = planTemplates();
    const plan = (name: string) => {
      const v = t.vms.find((x) => x.name === name)!;
      return template(v, index.shapeOf(v), () => planVm(t, [], name, a.natRows, index));
    };
    const first = plan('VM1');
    const second = plan('VM2');
    expect(second).toEqual(planVm(t, [], 'VM2', a.natRows, index));
    expect(second.listens.map((l) => l.address)).toEqual(['203.0.113.1', '10.0.0.5']);
    expect(templateOf(second.openings)).toEqual({ list: first.openings, nic: '10.0.0.4' });
    expect(templateOf(second.listens)).toEqual({ list: first.listens, nic: '10.0.0.4' });
    expect(templateOf(first.openings)).toBeUndefined();
  });
});
