import { describe, expect, it } from 'vitest';
import { messageOf } from '../diagnostics/diagnostic';
import { natRule, rule, topology, withCode } from '../testing/builders';

describe('checkProtocolsAndPorts on rules and inbound NAT rules', () => {
  it('lets a load-balancing rule use port 0 (HA ports) but not a NAT rule, whose ports start at 1', () => {
    const t = topology({
      rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0 })],
      inboundNatRules: [natRule('rdp', { frontendPort: 0, backendPort: 65536 })],
    });
    const out = withCode(t, 'PortOutOfRange');
    expect(out.map((d) => d.elements)).toEqual([['rdp'], ['rdp']]);
    expect(out.map((d) => messageOf(d)).join('\n')).toMatch(/rdp/);
  });

  it('names a miscased protocol on either kind with the spelling Azure wants', () => {
    const t = topology({
      rules: [rule('web', { protocol: 'tcp' as 'Tcp' })],
      inboundNatRules: [natRule('rdp', { protocol: 'udp' as 'Udp' })],
    });
    const byName = new Map(withCode(t, 'InvalidProtocol').map((d) => [d.elements[0], messageOf(d)]));
    expect([...byName.keys()].sort()).toEqual(['rdp', 'web']);
    expect(byName.get('web')).toMatch(/"Tcp"/);
    expect(byName.get('rdp')).toMatch(/"Udp"/);
  });
});
