import { describe, expect, it } from 'vitest';
import { natRule, rule, topology, vm, withCode } from '../testing/builders';
import { messageOf } from '../diagnostics/diagnostic';

describe('inbound NAT rule diagnostics', () => {
  it("keeps Azure's wording for the RDP-VM0/RDP-VM1 collision: both names, the backend port, protocol and IP configuration", () => {
    const t = topology({ inboundNatRules: [natRule('RDP-VM0'), natRule('RDP-VM1', { frontendPort: 50002 })] });
    const [d] = withCode(t, 'RulesUseSameBackendPortProtocolAndIPConfig');
    expect(d).toMatchObject({ severity: 'error', elements: ['RDP-VM0', 'RDP-VM1', 'VM1'] });
    expect(d!.refs.map((x) => x.kind)).toEqual(['natRule', 'natRule', 'vm']);
    expect(messageOf(d!)).toContain(
      'with floating IP disabled, use protocol Tcp and backend port 3389 on the same backend IP configuration (VM1, 10.0.0.4)',
    );
  });

  it('a NAT rule and a load-balancing rule may share a name; each diagnostic says which kind it means', () => {
    const t = topology({ inboundNatRules: [natRule('r1', { frontendPort: 80, backendPort: 8080 })] });
    expect(withCode(t, 'DuplicateName')).toEqual([]);
    const [d] = withCode(t, 'FrontendPortConflict');
    expect(d!.refs).toEqual([
      { kind: 'rule', name: 'r1' },
      { kind: 'natRule', name: 'r1' },
      { kind: 'frontend', name: 'FE1' },
    ]);
    expect(messageOf(d!)).toContain('load-balancing rule r1 (Tcp, port 80) and inbound NAT rule r1 (Tcp, port 80)');
  });

  it('a floating NAT rule and a non-floating rule on one backend port do not collide: the destination IPs differ', () => {
    const t = topology({ inboundNatRules: [natRule('n', { floatingIp: true, frontendPort: 8080, backendPort: 80 })] });
    expect(withCode(t, 'RulesUseSameBackendPortProtocolAndIPConfig')).toEqual([]);
  });

  it('a floating NAT rule collides with a floating rule of the same frontend on the same ipconfig and port', () => {
    const t = topology({
      rules: [rule('r1', { floatingIp: true })],
      inboundNatRules: [natRule('n', { floatingIp: true, frontendPort: 8080, backendPort: 80 })],
    });
    const [d] = withCode(t, 'RulesUseSameBackendPortProtocolAndIPConfig');
    expect(d!.elements).toEqual(['r1', 'n', 'pool', 'VM1']);
    expect(messageOf(d!)).toContain('at 203.0.113.1:80');
  });

  it('a NAT target reached through a { vm, ip } secondary ipconfig is a different IP configuration from the primary', () => {
    const vms = [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.15'] } }), vm('VM2', '10.0.0.5')];
    const t = topology({ vms, inboundNatRules: [natRule('n', { backendPort: 80, target: { vm: 'VM1', ip: '10.0.0.15' } })] });
    expect(withCode(t, 'RulesUseSameBackendPortProtocolAndIPConfig')).toEqual([]);
  });

  it('counts one NIC rule per NAT rule targeting it, and none for a rule that is not connected', () => {
    const nats = Array.from({ length: 300 }, (_, i) => natRule(`n${i}`, { frontendPort: 10000 + i, backendPort: 10000 + i }));
    expect(withCode(topology({ inboundNatRules: nats }), 'RulesPerNicExceeded').map((d) => messageOf(d))).toEqual([
      "VM VM1's NIC is a backend of 301 rules; Azure allows 300 per NIC (LoadBalancerRuleCountLimitReachedForNic). Spread the rules over more VMs, or use HA ports.",
    ]);
    const unconnected = nats.map((n, i) => (i === 0 ? { ...n, target: undefined } : n));
    expect(withCode(topology({ inboundNatRules: unconnected }), 'RulesPerNicExceeded')).toEqual([]);
  });
});
