// Test-only: the inbound NAT rule cases of every diagnostic code that concerns NAT rules (codeCases.testing.ts has the rest).
import type { DiagnosticCode } from '../diagnostics/diagnostic';
import { natRule, rule, topology, vm } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { ha, internal, many } from './codeCases.testing';

const nat = natRule;
const dualStack = [
  vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['2001:db8:1::4'] } }),
  vm('VM2', '10.0.0.5'),
];
const withSecondary = [
  vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.15'] } }),
  vm('VM2', '10.0.0.5'),
];
/** Only NAT rules (the base LB rule stays: r1, Tcp 80 on FE1 to VM1 and VM2). */
const withNat = (...inboundNatRules: ReturnType<typeof natRule>[]) => topology({ inboundNatRules });
type NatFields = Parameters<typeof natRule>[1];
/** A case on one NAT rule `n` whose bad and good differ only in its fields. */
const oneNat = (name: string, code: DiagnosticCode, bad: NatFields, good: NatFields) => ({
  name,
  code,
  natRef: true,
  bad: withNat(nat('n', bad)),
  good: withNat(nat('n', good)),
});

/**
 * Inbound NAT rule cases: each raises `code` in `bad` and not in `good`; `natRef` says the diagnostic points at the
 * NAT rule (limits point at the load balancer or VM).
 */
export const natCases: { name: string; code: DiagnosticCode; bad: LbTopology; good: LbTopology; natRef: boolean }[] = [
  {
    name: "two NAT rules with one name; a NAT rule may share a load-balancing rule's name",
    code: 'DuplicateName',
    natRef: true,
    bad: withNat(nat('n1'), nat('n1', { frontendPort: 50002, target: 'VM2' })),
    good: withNat(nat('r1'), nat('n1', { frontendPort: 50002, target: 'VM2' })),
  },
  oneNat('NAT frontend port 0 (no HA ports for NAT)', 'PortOutOfRange', { frontendPort: 0 }, { frontendPort: 1 }),
  oneNat('NAT frontend port 65535', 'PortOutOfRange', { frontendPort: 65535 }, { frontendPort: 65534 }),
  oneNat('NAT backend port 0', 'PortOutOfRange', { backendPort: 0 }, { backendPort: 65535 }),
  oneNat('NAT protocol spelled tcp', 'InvalidProtocol', { protocol: 'tcp' }, { protocol: 'Tcp' }),
  oneNat('NAT idle timeout 3', 'IdleTimeoutOutOfRange', { idleTimeoutMinutes: 3 }, { idleTimeoutMinutes: 4 }),
  oneNat('NAT idle timeout 101', 'IdleTimeoutOutOfRange', { idleTimeoutMinutes: 101 }, { idleTimeoutMinutes: 100 }),
  oneNat('NAT TCP reset on Udp', 'TcpResetOnUdp', { protocol: 'Udp', enableTcpReset: true }, { enableTcpReset: true }),
  oneNat('NAT rule not connected to a frontend', 'UnknownReference', { frontend: '' }, {}),
  oneNat('NAT rule on a missing frontend', 'UnknownReference', { frontend: 'FE9' }, { frontend: 'FE2' }),
  oneNat('NAT rule not connected to a VM (Azure accepts it; nothing is forwarded)', 'NatRuleWithoutTarget', { target: undefined }, {}),
  oneNat('NAT rule targeting a missing VM', 'UnknownReference', { target: 'ghost' }, { target: 'VM2' }),
  oneNat(
    'NAT rule targeting an address the VM does not have',
    'UnknownReference',
    { target: { vm: 'VM1', ip: '10.0.0.99' } },
    { target: { vm: 'VM1', ip: '10.0.0.4' } },
  ),
  oneNat(
    'NAT target with an invalid address',
    'InvalidIpAddress',
    { target: { vm: 'VM1', ip: '10.0.0.04' } },
    { target: { vm: 'VM1', ip: '10.0.0.4' } },
  ),
  {
    name: 'IPv6 NAT frontend to an IPv4-only VM',
    code: 'IpVersionMismatch',
    natRef: true,
    bad: topology({
      frontends: [
        { name: 'FE1', ip: '203.0.113.1' },
        { name: 'FE6', ip: '2001:db8::1' },
      ],
      inboundNatRules: [nat('n', { frontend: 'FE6' })],
    }),
    good: topology({
      frontends: [
        { name: 'FE1', ip: '203.0.113.1' },
        { name: 'FE6', ip: '2001:db8::1' },
      ],
      vms: dualStack,
      inboundNatRules: [nat('n', { frontend: 'FE6' })],
    }),
  },
  {
    name: 'two NAT rules on one frontend port',
    code: 'FrontendPortConflict',
    natRef: true,
    bad: withNat(nat('n1'), nat('n2', { target: 'VM2' })),
    good: withNat(nat('n1'), nat('n2', { frontendPort: 50002, target: 'VM2' })),
  },
  oneNat(
    "a NAT rule on a load-balancing rule's frontend port (Udp beside Tcp is fine)",
    'FrontendPortConflict',
    { frontendPort: 80, target: 'VM1', backendPort: 8080 },
    { frontendPort: 80, protocol: 'Udp', target: 'VM1', backendPort: 8080 },
  ),
  {
    name: 'a NAT rule beside an HA-ports rule on one frontend (the AVM internal test deploys this)',
    code: 'FrontendPortConflict',
    natRef: true,
    bad: topology({
      loadBalancer: internal,
      rules: [rule('r1', { frontendPort: 443, backendPort: 443, floatingIp: true })],
      inboundNatRules: [nat('n1', { frontendPort: 443, backendPort: 443 }), nat('n2', { frontendPort: 3389 })],
    }),
    good: topology({
      loadBalancer: internal,
      rules: [ha('r1', { floatingIp: true })],
      inboundNatRules: [nat('n1', { frontendPort: 443, backendPort: 443 }), nat('n2', { frontendPort: 3389 })],
    }),
  },
  {
    name: "two NAT rules deliver port 3389 to one ipconfig (Azure's RDP-VM0/RDP-VM1 case)",
    code: 'RulesUseSameBackendPortProtocolAndIPConfig',
    natRef: true,
    bad: withNat(nat('RDP-VM0'), nat('RDP-VM1', { frontendPort: 50002 })),
    good: withNat(nat('RDP-VM0'), nat('RDP-VM1', { frontendPort: 50002, target: 'VM2' })),
  },
  oneNat(
    "a NAT rule delivers a load-balancing rule's backend port to a pool member",
    'RulesUseSameBackendPortProtocolAndIPConfig',
    { backendPort: 80 },
    { backendPort: 8080 },
  ),
  {
    name: 'a non-floating HA-ports rule delivers every port to the NIC IP a non-floating NAT rule uses',
    code: 'RulesUseSameBackendPortProtocolAndIPConfig',
    natRef: true,
    bad: topology({ loadBalancer: internal, rules: [ha('r1')], inboundNatRules: [nat('n')] }),
    good: topology({ loadBalancer: internal, rules: [ha('r1', { floatingIp: true })], inboundNatRules: [nat('n')] }),
  },
  {
    name: 'two floating NAT rules deliver one frontend IP and port to one ipconfig',
    code: 'RulesUseSameBackendPortProtocolAndIPConfig',
    natRef: true,
    bad: withNat(
      nat('n1', { floatingIp: true, frontendPort: 3389 }),
      nat('n2', { floatingIp: true, frontendPort: 3390, backendPort: 3389 }),
    ),
    good: withNat(
      nat('n1', { floatingIp: true, frontendPort: 3389 }),
      nat('n2', { frontend: 'FE2', floatingIp: true, frontendPort: 3389 }),
    ),
  },
  {
    name: 'a floating NAT rule to a secondary ipconfig',
    code: 'FloatingIpOnSecondaryIpConfig',
    natRef: true,
    bad: topology({
      vms: withSecondary,
      inboundNatRules: [nat('n', { floatingIp: true, frontendPort: 3389, target: { vm: 'VM1', ip: '10.0.0.15' } })],
    }),
    good: topology({
      vms: withSecondary,
      inboundNatRules: [nat('n', { floatingIp: true, frontendPort: 3389, target: { vm: 'VM1', ip: '10.0.0.4' } })],
    }),
  },
  {
    name: 'load-balancing and NAT rules together over the limit',
    code: 'RuleLimitExceeded',
    natRef: false,
    bad: topology({
      rules: many(1000, (i) => rule(`r${i}`, { frontendPort: i + 1, backendPort: i + 1 })),
      inboundNatRules: many(501, (i) => nat(`n${i}`, { frontend: 'FE2', frontendPort: 10000 + i, backendPort: 10000 + i })),
      backendPools: [{ name: 'pool', members: [] }],
    }),
    good: topology({
      rules: many(1000, (i) => rule(`r${i}`, { frontendPort: i + 1, backendPort: i + 1 })),
      inboundNatRules: many(500, (i) => nat(`n${i}`, { frontend: 'FE2', frontendPort: 10000 + i, backendPort: 10000 + i })),
      backendPools: [{ name: 'pool', members: [] }],
    }),
  },
  {
    name: 'NAT rules count towards the rules per NIC',
    code: 'RulesPerNicExceeded',
    natRef: false,
    bad: topology({
      rules: many(200, (i) => rule(`r${i}`, { frontendPort: i + 1, backendPort: i + 1 })),
      inboundNatRules: many(101, (i) => nat(`n${i}`, { frontendPort: 10000 + i, backendPort: 10000 + i })),
    }),
    good: topology({
      rules: many(200, (i) => rule(`r${i}`, { frontendPort: i + 1, backendPort: i + 1 })),
      inboundNatRules: many(100, (i) => nat(`n${i}`, { frontendPort: 10000 + i, backendPort: 10000 + i })),
    }),
  },
  oneNat('a floating NAT rule needs the guest configured', 'FloatingIpGuestConfigRequired', { floatingIp: true, frontendPort: 3389 }, {}),
  oneNat('a floating NAT rule limits outbound', 'FloatingIpOutboundLimitation', { floatingIp: true, frontendPort: 3389 }, {}),
];
