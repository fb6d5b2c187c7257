// The exported ARM template against the REST shape of Microsoft.Network/loadBalancers (armShape.testing.ts).
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, preset } from '../testing/presets';
import { topology, rule } from '../testing/builders';
import { armShapeProblems } from './armShape.testing';
import { exportTopology } from './export';
import { natTopology, unconnectedNatRule } from './natRules.testing';

const armOf = (t: Parameters<typeof exportTopology>[0]) => exportTopology(t, 'arm').text;

describe('exported ARM has the REST shape of a load balancer', () => {
  it.each(PRESET_NAMES)('preset %s', (name) => {
    expect(armShapeProblems(armOf(preset(name)))).toEqual([]);
  });

  it('with inbound NAT rules, one of them without a target', () => {
    const t = natTopology();
    expect(armShapeProblems(armOf({ ...t, inboundNatRules: [...(t.inboundNatRules ?? []), unconnectedNatRule] }))).toEqual([]);
  });

  it('with errors in the topology (a dangling probe, an unconnected rule) the template is still well-formed', () => {
    const t = topology({ rules: [rule('r1', { probe: 'missing' }), rule('r2', { frontend: '', frontendPort: 81 })] });
    expect(armShapeProblems(armOf(t))).toEqual([]);
  });

  it('the schema can fail: a misspelt property, a retired probe count and a port out of range are each named', () => {
    const lb = JSON.parse(armOf(preset('type2-floating-ip')));
    const props = lb.resources[0].properties;
    props.loadBalancingRules[0].properties.enableFloatingIp = true;
    props.probes[0].properties.numberOfProbes = 2;
    props.loadBalancingRules[1].properties.frontendPort = 65535;
    const problems = armShapeProblems(JSON.stringify(lb));
    expect(problems.join('\n')).toMatch(/loadBalancingRules\.0\.properties\.enableFloatingIp/);
    expect(problems.join('\n')).toMatch(/probes\.0\.properties\.numberOfProbes/);
    expect(problems.join('\n')).toMatch(/loadBalancingRules\.1\.properties\.frontendPort/);
  });
});
