import { describe, expect, it } from 'vitest';
import { ACROSS_LB_CODES, messageOf, type Diagnostic } from '../diagnostics/diagnostic';
import { validateTopology } from './analyzeTopology';
import { acrossCases, design, lb, validDesigns } from './acrossCodeCases.testing';
import { natRule } from '../testing/builders';

const withCode = (d: readonly Diagnostic[], code: string) => d.filter((x) => x.code === code);
const ENGLISH_WORDS = /\b(Rule|Rules|Probe|Frontend|Backend|would|which|does|not|the|and|more|Add|Give|every|port)\b/;

describe('checks across load balancers', () => {
  it('every code across load balancers has a case', () => {
    expect(Object.keys(acrossCases).sort()).toEqual([...ACROSS_LB_CODES].sort());
  });

  it.each(Object.entries(acrossCases))('%s: raised by the bad design, not by the good one', (code, { bad, good }) => {
    const found = withCode(validateTopology(bad), code);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      expect(d.elements.length).toBeGreaterThan(0);
      expect(messageOf(d).length).toBeGreaterThan(30);
      expect(messageOf(d)).not.toMatch(/\{\w+\}/);
      expect(d.source).not.toBe('');
      const ja = messageOf(d, 'ja');
      expect(ja).not.toMatch(/\{\w+\}/);
      expect(ja).not.toMatch(ENGLISH_WORDS);
      for (const name of d.elements.slice(0, 3)) expect(ja).toContain(name);
    }
    expect(withCode(validateTopology(good), code)).toEqual([]);
  });

  it.each(Object.entries(validDesigns))('%s: no error and no warning', (_, t) => {
    const findings = validateTopology(t).filter((d) => d.severity !== 'info');
    expect(findings.map((d) => `${d.code}: ${messageOf(d)}`)).toEqual([]);
  });

  it('one diagnostic names every VM of one overlap, and the load balancers', () => {
    const [d, ...rest] = withCode(validateTopology(acrossCases.AnotherInternalLoadBalancerExists.bad), 'AnotherInternalLoadBalancerExists');
    expect(rest).toEqual([]);
    expect(d!.refs).toEqual([
      { kind: 'vm', name: 'VM1' },
      { kind: 'vm', name: 'VM2' },
      { kind: 'loadBalancer', name: 'ilb1', loadBalancer: 'ilb1' },
      { kind: 'loadBalancer', name: 'ilb2', loadBalancer: 'ilb2' },
    ]);
    expect(messageOf(d!)).toContain('AnotherInternalLoadBalancerExists');
  });

  it('a public and an internal load balancer may share VMs', () => {
    const t = design([lb('pub', '203.0.113.1'), lb('ilb', '10.0.1.10', ['VM1', 'VM2'], { rules: [] })]);
    expect(validateTopology(t).filter((d) => d.code.startsWith('Another'))).toEqual([]);
  });

  it('floating IP on both rules: two destinations, no collision', () => {
    const t = design([
      lb('ilb1', '10.0.1.10'),
      lb('ilb2', '10.0.1.11', [], { rules: [], inboundNatRules: [natRule('nat1', { backendPort: 80, floatingIp: true })] }),
    ]);
    expect(withCode(validateTopology(t), 'RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig')).toEqual([]);
  });

  it('a dangling reference names what is missing: the load balancer, or its frontend', () => {
    const missingLb = withCode(
      validateTopology(acrossCases.CrossLoadBalancerReferenceUnresolved.bad),
      'CrossLoadBalancerReferenceUnresolved',
    );
    expect(missingLb.map((d) => messageOf(d))).toEqual([expect.stringContaining('names load balancer west, which is not in this design')]);
    const t = design([
      lb('pub', '203.0.113.1', [], {
        rules: [],
        frontends: [{ name: 'FE1', ip: '203.0.113.1', gatewayLoadBalancer: { loadBalancer: 'gw', frontend: 'nope' } }],
      }),
      lb('gw', '10.0.2.10', [], { sku: 'Gateway', rules: [] }),
    ]);
    const missingFe = withCode(validateTopology(t), 'CrossLoadBalancerReferenceUnresolved');
    expect(missingFe.map((d) => messageOf(d))).toEqual([
      expect.stringMatching(
        /Frontend FE1 of load balancer pub names frontend nope of load balancer gw, which has no frontend of that name \(it has FE1\)/,
      ),
    ]);
    expect(missingFe[0]!.loadBalancer).toBeUndefined();
  });

  it('a chained frontend of an internal load balancer is refused, whatever it chains to', () => {
    const t = design([
      lb('ilb', '10.0.1.10', [], {
        rules: [],
        frontends: [{ name: 'FE1', ip: '10.0.1.10', gatewayLoadBalancer: { loadBalancer: 'gw', frontend: 'FE1' } }],
      }),
      lb('gw', '10.0.2.10', [], { sku: 'Gateway', rules: [] }),
    ]);
    expect(
      validateTopology(t)
        .filter((d) => d.code.startsWith('GatewayChain'))
        .map((d) => d.code),
    ).toEqual(['GatewayChainSourceNotPublicStandard']);
  });
});

describe('outbound paths across load balancers', () => {
  it('a VM behind a public and an internal load balancer has the public one’s path', () => {
    const t = design([lb('pub', '203.0.113.1'), lb('ilb', '10.0.1.10', ['VM1', 'VM2'], { rules: [] })]);
    const noPath = validateTopology(t).filter((d) => d.code === 'NoOutboundPath');
    // VM3 and VM4 are behind no load balancer: named once, not once per load balancer.
    expect(noPath.map((d) => d.elements.filter((e) => e.startsWith('VM')))).toEqual([['VM3', 'VM4']]);
  });

  it('a VM behind an internal load balancer only is named where that load balancer explains why', () => {
    const t = design([lb('pub', '203.0.113.1', ['VM3', 'VM4']), lb('ilb', '10.0.1.10', ['VM1', 'VM2'])]);
    const noPath = validateTopology(t).filter((d) => d.code === 'NoOutboundPath');
    expect(noPath.map((d) => [d.loadBalancer, messageOf(d).slice(0, 60)])).toEqual([['ilb', expect.stringContaining('VM1 and VM2')]]);
    expect(messageOf(noPath[0]!)).toContain('Internal Standard load balancer ilb');
  });
});
