import { describe, expect, it } from 'vitest';
import { messageOf } from '../diagnostics/diagnostic';
import { natRule, rule, topology, vm, withCode } from '../testing/builders';
import type { Nsg } from '../topology/nsgSchema';
import { evaluateNsg, evaluatePath, nsgsForVm, type Flow } from './evaluate';
import { destinationDegree, portsDegree, protocolDegree, sourceDegree } from './match';
import { isSafeNsgName, safeNsgName, uniqueNames } from './names';
import { allow, withNsg } from './nsgCodeCases.testing';
import { nsgRulesForVm, planNsg } from './plan';

const web: Flow = { source: 'Internet', destination: { ip: '203.0.113.1', public: true }, protocol: 'Tcp', port: 80 };
const nsg = (rules: Nsg['rules']): Nsg => ({ name: 'n', rules, attachedTo: [] });

describe('NSG matching', () => {
  it('reads service tags, any, addresses and CIDRs for sources', () => {
    expect(sourceDegree('*', 'Internet')).toBe('all');
    expect(sourceDegree('internet', 'Internet')).toBe('all');
    expect(sourceDegree('VirtualNetwork', 'Internet')).toBe('none');
    expect(sourceDegree('AzureLoadBalancer', 'AzureLoadBalancer')).toBe('all');
    expect(sourceDegree('168.63.129.0/24', 'AzureLoadBalancer')).toBe('all');
    expect(sourceDegree('10.0.0.0/8', 'AzureLoadBalancer')).toBe('none');
    expect(sourceDegree('198.51.100.0/24', 'Internet')).toBe('some');
  });

  it('puts a public frontend in Internet and private addresses in VirtualNetwork', () => {
    expect(destinationDegree('VirtualNetwork', { ip: '203.0.113.1', public: true })).toBe('none');
    expect(destinationDegree('Internet', { ip: '203.0.113.1', public: true })).toBe('all');
    expect(destinationDegree('VirtualNetwork', { ip: '10.0.0.4', public: false })).toBe('all');
    expect(destinationDegree('10.0.0.0/24', { ip: '10.0.0.4', public: false })).toBe('all');
    expect(destinationDegree('10.0.1.0/24', { ip: '10.0.0.4', public: false })).toBe('none');
    expect(destinationDegree('10.0.0.4', { ip: '10.0.0.4', public: false })).toBe('all');
  });

  it('covers single ports, ranges and every port', () => {
    expect(portsDegree(['80-90'], 85)).toBe('all');
    expect(portsDegree(['443'], 80)).toBe('none');
    expect(portsDegree(['*'], 0)).toBe('all');
    expect(portsDegree(['1-1000', '1001-65535'], 0)).toBe('all');
    expect(portsDegree(['80'], 0)).toBe('some');
    expect(protocolDegree('Tcp', 'All')).toBe('some');
    expect(protocolDegree('Udp', 'Tcp')).toBe('none');
    expect(protocolDegree('*', 'Udp')).toBe('all');
  });
});

describe('NSG evaluation', () => {
  it('falls through to DenyAllInBound for internet traffic and AllowVnetInBound for the virtual network', () => {
    expect(evaluateNsg(nsg([]), web)).toMatchObject({ outcome: 'blocked', rule: 'DenyAllInBound', priority: 65500 });
    const vnet: Flow = { source: 'VirtualNetwork', destination: { ip: '10.0.1.10', public: false }, protocol: 'Tcp', port: 80 };
    expect(evaluateNsg(nsg([]), vnet).outcome).toBe('allowed');
    const probe: Flow = { source: 'AzureLoadBalancer', destination: { ip: '10.0.0.4', public: false }, protocol: 'Tcp', port: 80 };
    expect(evaluateNsg(nsg([]), probe).outcome).toBe('allowed');
  });

  it('lets the lowest priority number decide, whatever the list order', () => {
    const deny = { ...allow('deny', 100, '*', ['*'], ['80']), access: 'Deny' as const };
    expect(evaluateNsg(nsg([allow('ok', 200, 'Internet', ['*']), deny]), web)).toMatchObject({ outcome: 'blocked', rule: 'deny' });
    expect(evaluateNsg(nsg([allow('ok', 50, 'Internet', ['*']), deny]), web).outcome).toBe('allowed');
  });

  it('calls a partial deny before the deciding allow "partly"', () => {
    const someDeny = { ...allow('deny-some', 100, '198.51.100.0/24', ['*']), access: 'Deny' as const };
    expect(evaluateNsg(nsg([someDeny, allow('ok', 200, '*', ['*'])]), web)).toMatchObject({ outcome: 'partly', rule: 'deny-some' });
  });

  it('processes the subnet NSG before the NIC NSG; both must allow', () => {
    const open: Nsg = { name: 'sub', rules: [allow('ok', 100, '*', ['*'])], attachedTo: [{ vm: 'VM1', level: 'subnet' }] };
    const closed: Nsg = { name: 'nic', rules: [], attachedTo: [{ vm: 'VM1', level: 'nic' }] };
    expect(nsgsForVm([closed, open], 'VM1').map((n) => n.name)).toEqual(['sub', 'nic']);
    expect(evaluatePath([open, closed], web)).toMatchObject({ outcome: 'blocked', nsg: 'nic' });
  });
});

describe('NSG names', () => {
  it('never lets a topology name carry quotes, spaces or shell characters', () => {
    const name = safeNsgName('allow-rule-web"; rm -rf / #$(x)`');
    expect(isSafeNsgName(name)).toBe(true);
    expect(name).not.toMatch(/[\s"'`$;/#()]/);
    expect(safeNsgName('---')).toBe('rule');
    expect(safeNsgName('x'.repeat(200)).length).toBeLessThanOrEqual(76);
    expect(uniqueNames(['a b', 'a-b', 'A-B'])).toEqual(['a-b', 'a-b-2', 'A-B-3']);
  });
});

describe('planNsg', () => {
  const t = topology({
    rules: [rule('web', { floatingIp: true }), rule('api', { frontendPort: 8080, backendPort: 8080, probe: 'p80' })],
    inboundNatRules: [natRule('rdp-vm1')],
  });

  it('allows the frontend IP for a floating rule and the NIC IPs otherwise, with the probe from AzureLoadBalancer', () => {
    const plan = planNsg(t);
    expect(plan.nsgName).toBe('lb-nsg');
    expect(plan.rules.map((r) => [r.name, r.priority, r.source, r.destinations.join(','), r.ports, r.protocol])).toEqual([
      ['allow-rule-web', 100, 'Internet', '203.0.113.1', '80', 'Tcp'],
      ['allow-rule-api', 110, 'Internet', '10.0.0.4,10.0.0.5', '8080', 'Tcp'],
      ['allow-nat-rdp-vm1', 120, 'Internet', '10.0.0.4', '3389', 'Tcp'],
      ['allow-probe-p80', 130, 'AzureLoadBalancer', '10.0.0.4,10.0.0.5', '80', 'Tcp'],
    ]);
    expect(plan.vms).toEqual(['VM1', 'VM2']);
    expect(nsgRulesForVm(plan, 'VM2').map((r) => r.name)).toEqual(['allow-rule-web', 'allow-rule-api', 'allow-probe-p80']);
  });

  it('uses VirtualNetwork (or the client range) for an internal load balancer and every port for HA ports', () => {
    const internal = topology({
      loadBalancer: { name: 'ilb', sku: 'Standard', type: 'Internal' },
      frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
      rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true })],
    });
    expect(planNsg(internal).rules[0]).toMatchObject({ source: 'VirtualNetwork', protocol: '*', ports: '*', destinations: ['10.0.1.10'] });
    expect(planNsg(internal, { source: '10.8.0.0/16' }).rules[0]!.source).toBe('10.8.0.0/16');
    expect(planNsg(internal, { source: 'not a range' }).rules[0]!.source).toBe('VirtualNetwork');
  });

  it('is deterministic and keeps priorities within 100-4096 for many rules', () => {
    const many = topology({
      rules: Array.from({ length: 500 }, (_, i) => rule(`r${i}`, { frontendPort: 1000 + i, backendPort: 1000 + i })),
      vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')],
    });
    const plan = planNsg(many);
    expect(plan).toEqual(planNsg(many));
    expect(plan.rules.at(-1)!.priority).toBeLessThanOrEqual(4096);
    expect(new Set(plan.rules.map((r) => r.priority)).size).toBe(plan.rules.length);
    expect(plan.leftOut).toBe(0);
  });
});

describe('NSG diagnostics', () => {
  it('names the blocking NSG rule, every VM, and the frontend IP the NSG sees with floating IP', () => {
    const bad = withNsg([allow('web-to-nics', 200, 'Internet', ['10.0.0.0/24'])], { rules: [rule('r1', { floatingIp: true })] });
    const [d, ...rest] = withCode(bad, 'NsgBlocksLoadBalancerTraffic');
    expect(rest).toEqual([]);
    expect(d!.elements).toEqual(['r1', 'VM1', 'VM2']);
    expect(messageOf(d!)).toContain('DenyAllInBound (priority 65500)');
    expect(messageOf(d!)).toContain('frontend IP 203.0.113.1 as the destination');
    expect(messageOf(d!, 'ja')).toContain('DenyAllInBound');
  });

  it('does not warn when the NSG allows the NIC IPs of a rule without floating IP', () => {
    expect(withCode(withNsg([allow('web', 200, 'Internet', ['10.0.0.0/24'])]), 'NsgBlocksLoadBalancerTraffic')).toEqual([]);
  });

  it('warns for an inbound NAT rule and only for the VMs the NSG is on', () => {
    const t = withNsg([], { inboundNatRules: [natRule('rdp', { target: 'VM2' })] });
    const found = withCode(t, 'NsgBlocksLoadBalancerTraffic').filter((d) => d.refs[0]!.kind === 'natRule');
    expect(found.map((d) => d.elements)).toEqual([['rdp', 'VM2']]);
    const noNsgOnVm2 = {
      ...t,
      networkSecurityGroups: [{ ...t.networkSecurityGroups![0]!, attachedTo: [{ vm: 'VM1', level: 'nic' as const }] }],
    };
    expect(withCode(noNsgOnVm2, 'NsgBlocksLoadBalancerTraffic').filter((d) => d.refs[0]!.kind === 'natRule')).toEqual([]);
  });

  it('is silent without NSG data', () => {
    expect(withCode(topology({ rules: [rule('r1', { floatingIp: true })] }), 'NsgBlocksLoadBalancerTraffic')).toEqual([]);
  });
});
