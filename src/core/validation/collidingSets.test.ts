import { describe, expect, it } from 'vitest';
import { natRule, rule, topology, vm, withCode } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { analyze } from './analyze';
import { messageOf } from '../diagnostics/diagnostic';

const internal = { name: 'lb', sku: 'Standard', type: 'Internal' } as const;
const ha = (name: string, over = {}) => rule(name, { protocol: 'All', frontendPort: 0, backendPort: 0, ...over });
const many = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
const summary = (t: LbTopology, code: Parameters<typeof withCode>[1]) => withCode(t, code).map((d) => d.elements.join(' '));

describe('a colliding set is one diagnostic naming all of it', () => {
  it('three rules on one pool and backend port: one RulesUseSameBackendPortProtocolAndPool with the rules, pool and VMs', () => {
    const t = topology({ rules: [rule('c', { frontendPort: 82 }), rule('a'), rule('b', { frontendPort: 81 })] });
    const found = withCode(t, 'RulesUseSameBackendPortProtocolAndPool');
    expect(found.map((d) => d.elements)).toEqual([['a', 'b', 'c', 'pool', 'VM1', 'VM2']]);
    expect(messageOf(found[0]!)).toBe(
      'Rules a, b and c (3 rules) with floating IP disabled use protocol Tcp and backend port 80 on backend pool pool: ' +
        'VM1 and VM2 would receive their flows at the same IP and port (such as 10.0.0.4:80) and could not tell them apart. ' +
        'Enable floating IP on these rules, each with its own frontend IP (each VM then receives the frontend IP, so the same port ' +
        'can be reused), or give each rule its own backend port.',
    );
  });

  it('three floating rules on one frontend IP and backend port: one …WithFloatingIPEnabled', () => {
    const t = topology({ rules: many(3, (i) => rule(`f${i}`, { frontendPort: 80 + i, floatingIp: true })) });
    expect(summary(t, 'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled')).toEqual(['f0 f1 f2 pool VM1 VM2']);
  });

  it('three rules on one frontend port: one FrontendPortConflict naming all three', () => {
    const t = topology({ rules: many(3, (i) => rule(`r${i}`, { backendPort: 80 + i })) });
    const [d, ...rest] = withCode(t, 'FrontendPortConflict');
    expect(rest).toEqual([]);
    expect(d!.elements).toEqual(['r0', 'r1', 'r2', 'FE1']);
    expect(messageOf(d!)).toMatch(/^Rules r0, r1 and r2 \(3 rules\) all listen on frontend FE1 with overlapping protocol Tcp and port 80,/);
  });

  it("two pools sharing VM1: the whole set gets …AndIPConfig at VM1, the pool's own pair its pool code at both VMs", () => {
    const t = topology({
      backendPools: [
        { name: 'pool', members: ['VM1', 'VM2'] },
        { name: 'p2', members: ['VM1'] },
      ],
      rules: [rule('a'), rule('b', { frontend: 'FE2' }), rule('c', { frontendPort: 81, backendPool: 'p2' })],
    });
    expect(summary(t, 'RulesUseSameBackendPortProtocolAndIPConfig')).toEqual(['a b c pool p2 VM1']);
    expect(summary(t, 'RulesUseSameBackendPortProtocolAndPool')).toEqual(['a b pool VM1 VM2']);
    expect(messageOf(withCode(t, 'RulesUseSameBackendPortProtocolAndIPConfig')[0]!)).toMatch(
      /on backend pools p2 and pool, which share IP configurations of VM1:/,
    );
  });

  it('an HA-ports rule overlaps every port: one set per transport, the ports listed', () => {
    const t = topology({
      loadBalancer: internal,
      rules: [
        ha('all'),
        rule('t80', { frontend: 'FE2' }),
        rule('t443', { frontend: 'FE2', frontendPort: 443, backendPort: 443 }),
        rule('u53', { frontend: 'FE2', protocol: 'Udp', frontendPort: 53, backendPort: 53 }),
      ],
    });
    expect(summary(t, 'RulesUseSameBackendPortProtocolAndPool')).toEqual(['all t443 t80 pool VM1 VM2', 'all u53 pool VM1 VM2']);
    expect(messageOf(withCode(t, 'RulesUseSameBackendPortProtocolAndPool')[0]!)).toMatch(
      /protocol All and Tcp and backend ports 0, 80 and 443 \(0 overlaps every port\)/,
    );
  });

  it('the HA-ports floating exception splits a frontend: floating HA rules collide with each other, not with the floating port rules', () => {
    const t = topology({
      loadBalancer: internal,
      rules: [
        ha('ha1', { floatingIp: true }),
        ha('ha2', { floatingIp: true }),
        rule('w1', { floatingIp: true }),
        rule('w2', { floatingIp: true }),
      ],
    });
    expect(summary(t, 'FrontendPortConflict')).toEqual(['ha1 ha2 FE1', 'w1 w2 FE1']);
  });

  it("VMs of one pool are checked as one class, except where a frontend IP is a member's own address", () => {
    // Azure refuses that address (MultipleIpConfigsRequestSamePrivateIpAddress); if planned anyway, only VM1 receives
    // all four rules at 10.0.0.4:80, while VM2 receives the floating pair there and the other pair at 10.0.0.5:80.
    const t = topology({
      frontends: [
        { name: 'FE1', ip: '10.0.0.4' },
        { name: 'FE2', ip: '203.0.113.2' },
      ],
      rules: [
        rule('f', { floatingIp: true }),
        rule('f2', { frontendPort: 81, floatingIp: true }),
        rule('n', { frontend: 'FE2' }),
        rule('n2', { frontend: 'FE2', frontendPort: 81 }),
      ],
    });
    expect(summary(t, 'RulesUseSameBackendPortProtocolAndIPConfig')).toEqual(['f f2 n n2 pool VM1']);
    expect(summary(t, 'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled')).toEqual(['f f2 pool VM2']);
    expect(summary(t, 'RulesUseSameBackendPortProtocolAndPool')).toEqual(['n n2 pool VM2']);
  });

  it('a large set names the first rules and "N more" in the message, and every rule in its refs', () => {
    const t = topology({ rules: many(30, (i) => rule(`r${String(i).padStart(2, '0')}`, { frontendPort: 1000 + i })) });
    const [d] = withCode(t, 'RulesUseSameBackendPortProtocolAndPool');
    expect(d!.refs.filter((r) => r.kind === 'rule')).toHaveLength(30);
    expect(messageOf(d!)).toMatch(/^Rules r00, r01, r02, r03, r04, r05, r06, r07, r08, r09 and 20 more \(30 rules\)/);
  });

  it('three NAT rules delivering one port to one ipconfig, and a rule on the same port: one diagnostic', () => {
    const t = topology({
      rules: [rule('web', { backendPort: 3389 })],
      inboundNatRules: many(3, (i) => natRule(`n${i}`, { frontendPort: 50001 + i })),
    });
    const found = withCode(t, 'RulesUseSameBackendPortProtocolAndIPConfig');
    expect(found.map((d) => d.refs.map((r) => `${r.kind}:${r.name}`))).toEqual([
      ['rule:web', 'natRule:n0', 'natRule:n1', 'natRule:n2', 'backendPool:pool', 'vm:VM1'],
    ]);
    expect(messageOf(found[0]!)).toMatch(
      /^4 rules, load-balancing rule web \(backend pool pool\) and inbound NAT rules n0, n1 and n2, with floating IP disabled, use protocol Tcp and backend port 3389 on the same backend IP configuration \(VM1, 10\.0\.0\.4\)/,
    );
  });

  it('three NAT rules on one frontend port: one FrontendPortConflict', () => {
    const t = topology({ inboundNatRules: many(3, (i) => natRule(`n${i}`, { backendPort: 3389 + i })) });
    const [d, ...rest] = withCode(t, 'FrontendPortConflict');
    expect(rest).toEqual([]);
    expect(messageOf(d!)).toMatch(
      /^On frontend FE1, 3 rules, inbound NAT rules n0, n1 and n2, listen with overlapping protocol Tcp on port 50001,/,
    );
  });

  it('every grouped message has a Japanese text with no placeholder or English word left', () => {
    const t = topology({
      loadBalancer: internal,
      backendPools: [
        { name: 'pool', members: ['VM1', 'VM2'] },
        { name: 'p2', members: ['VM1'] },
      ],
      rules: [
        ha('all'),
        rule('a', { frontend: 'FE2' }),
        rule('b', { frontend: 'FE2', frontendPort: 81 }),
        rule('c', { frontend: 'FE2', frontendPort: 82, backendPool: 'p2' }),
      ],
      inboundNatRules: many(3, (i) => natRule(`n${i}`, { frontend: 'FE2', frontendPort: 50001, backendPort: 3389 + i })),
    });
    const grouped = analyze(t).diagnostics.filter((d) => d.text.key.endsWith('Many'));
    expect(new Set(grouped.map((d) => d.text.key))).toEqual(
      new Set([
        'validation.BackendConflict.samePoolMany',
        'validation.BackendConflict.poolsMany',
        'validation.BackendConflict.natMany',
        'validation.FrontendPortConflict.natMany',
      ]),
    );
    for (const d of grouped) {
      const ja = messageOf(d, 'ja');
      expect(ja).not.toMatch(/\{\w+\}/);
      expect(ja).not.toMatch(/\b(Rules|rules|and|more|every|port|backend|inbound)\b/);
    }
  });
});

describe('the cost of collisions is linear in the input', () => {
  /** Every way rules can collide at once, `n` rules of each: one pool and port, one floating frontend IP, one frontend port, NAT rules on one ipconfig. */
  const worst = (n: number): LbTopology =>
    topology({
      loadBalancer: internal,
      frontends: many(4, (i) => ({ name: `FE${i}`, ip: `10.1.0.${i + 1}` })),
      vms: many(4, (i) => vm(`VM${i}`, `10.0.0.${i + 4}`)),
      backendPools: [
        { name: 'pool', members: ['VM0', 'VM1', 'VM2'] },
        { name: 'p2', members: ['VM0', 'VM3'] },
      ],
      rules: [
        ha('ha'),
        ...many(n, (i) => rule(`plain${i}`, { frontend: 'FE0', frontendPort: 1000 + i, backendPool: i % 2 ? 'pool' : 'p2' })),
        ...many(n, (i) => rule(`float${i}`, { frontend: 'FE1', frontendPort: 1000 + i, backendPort: 8080, floatingIp: true })),
        ...many(n, (i) => rule(`fe${i}`, { frontend: 'FE2', frontendPort: 443, backendPort: 20000 + i })),
      ],
      inboundNatRules: many(n, (i) => natRule(`nat${i}`, { frontend: 'FE3', frontendPort: 50000, backendPort: 3389, target: 'VM0' })),
    });
  const size = (n: number) => {
    const diagnostics = analyze(worst(n)).diagnostics.filter((d) => d.severity === 'error');
    return { count: diagnostics.length, refs: diagnostics.reduce((sum, d) => sum + d.refs.length, 0) };
  };

  it('doubling the colliding rules of every shape at most doubles the diagnostics and the names they carry', () => {
    const small = size(40);
    const large = size(80);
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBeLessThanOrEqual(small.count * 2);
    expect(large.refs).toBeLessThanOrEqual(small.refs * 2.1);
  });
});
