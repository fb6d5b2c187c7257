// Test-only: for each diagnostic code, a topology that must raise it and a minimal change that must not.
import type { AcrossLbCode, DiagnosticCode } from '../diagnostics/diagnostic';
import { natRule, rule, topology, vm } from '../testing/builders';
import { placeholderCases } from './placeholderCodeCases.testing';
import type { LbTopology } from '../topology/schema';
import { nsgCases } from '../nsg/nsgCodeCases.testing';
import { outboundCases } from './outboundCodeCases.testing';
import { platformCases } from './platformCodeCases.testing';

export const base = topology();
export const internal = { name: 'lb', sku: 'Standard', type: 'Internal' } as const;
export const ha = (name: string, over = {}) => rule(name, { protocol: 'All', frontendPort: 0, backendPort: 0, ...over });
export const many = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
const vmsN = (n: number) => many(n, (i) => vm(`vm${i}`, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`));

// A SQL Server listener on a WSFC pool as Microsoft's procedure builds it: Tcp 1433, floating IP, probe 59999.
const sqlRule = { frontendPort: 1433, backendPort: 1433, floatingIp: true, probe: 'listener' };
const sqlProbes = [
  { name: 'listener', protocol: 'Tcp', port: 59999 },
  { name: 'other', protocol: 'Tcp', port: 58888 },
  { name: 'other59999', protocol: 'Tcp', port: 59999 },
];
const sql = (over: Partial<LbTopology> = {}) =>
  topology({
    loadBalancer: internal,
    frontends: [
      { name: 'FE1', ip: '10.0.1.10' },
      { name: 'FE2', ip: '10.0.1.11' },
    ],
    backendPools: [{ name: 'pool', members: ['VM1', 'VM2'], frontendIpHolder: 'cluster-windows' }],
    probes: sqlProbes,
    rules: [rule('listener', sqlRule)],
    ...over,
  });
// SAP ASCS on a Pacemaker pool as Microsoft's SAP guides build it: HA ports, floating IP, idle 30, TCP reset, probe 62000.
const sapRule = { floatingIp: true, idleTimeoutMinutes: 30, enableTcpReset: true, probe: 'ascs' };
const sap = (over: Partial<LbTopology> = {}) =>
  topology({
    loadBalancer: internal,
    frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
    backendPools: [{ name: 'pool', members: ['VM1', 'VM2'], frontendIpHolder: 'cluster-pacemaker' }],
    probes: [{ name: 'ascs', protocol: 'Tcp', port: 62000 }],
    rules: [ha('ascs', sapRule)],
    ...over,
  });
// NVAs behind HA ports as Microsoft's HA-ports quickstart builds it: floating IP off.
const nva = (over: Partial<LbTopology> = {}) =>
  topology({
    loadBalancer: internal,
    frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
    backendPools: [{ name: 'pool', members: ['VM1', 'VM2'], frontendIpHolder: 'appliance' }],
    rules: [ha('r1')],
    ...over,
  });

/**
 * For each code of one load balancer: a topology that must raise it and a minimal change that must not. The codes
 * across load balancers have their v2 cases in acrossCodeCases.testing.ts.
 */
export const cases: Record<Exclude<DiagnosticCode, AcrossLbCode>, { bad: LbTopology; good: LbTopology }> = {
  InvalidIpAddress: {
    bad: topology({ vms: [vm('VM1', '010.0.0.4'), vm('VM2', '10.0.0.5')] }),
    good: topology({ vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')] }),
  },
  PortOutOfRange: {
    bad: topology({ rules: [rule('r1', { frontendPort: 65535 })] }),
    good: topology({ rules: [rule('r1', { frontendPort: 65534 })] }),
  },
  InvalidProtocol: { bad: topology({ rules: [rule('r1', { protocol: 'tcp' })] }), good: base },
  UnknownReference: { bad: topology({ rules: [rule('r1', { probe: 'nope' })] }), good: base },
  DuplicateName: {
    bad: topology({ rules: [rule('r1'), rule('r1', { frontend: 'FE2' })] }),
    good: topology({ rules: [rule('r1'), rule('r2', { frontend: 'FE2', backendPort: 81 })] }),
  },
  DuplicateFrontendIp: {
    bad: topology({
      frontends: [
        { name: 'FE1', ip: '203.0.113.1' },
        { name: 'FE2', ip: '203.0.113.1' },
      ],
    }),
    good: base,
  },
  MultipleIpConfigsRequestSamePrivateIpAddress: {
    // An internal frontend on VM2's NIC address; the good case moves it to a free address of the subnet.
    bad: topology({ loadBalancer: internal, frontends: [{ name: 'FE1', ip: '10.0.0.5' }], rules: [rule('r1', { floatingIp: true })] }),
    good: topology({ loadBalancer: internal, frontends: [{ name: 'FE1', ip: '10.0.0.10' }], rules: [rule('r1', { floatingIp: true })] }),
  },
  FrontendPortConflict: {
    bad: topology({ rules: [rule('r1'), rule('r2', { backendPort: 81 })] }),
    good: topology({ rules: [rule('r1'), rule('r2', { frontendPort: 81, backendPort: 81 })] }),
  },
  RulesUseSameBackendPortProtocolAndPool: {
    bad: topology({ rules: [rule('r1'), rule('r2', { frontend: 'FE2' })] }),
    good: topology({ rules: [rule('r1', { floatingIp: true }), rule('r2', { frontend: 'FE2', floatingIp: true })] }),
  },
  RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled: {
    bad: topology({ rules: [rule('r1', { floatingIp: true }), rule('r2', { frontendPort: 8080, floatingIp: true })] }),
    good: topology({ rules: [rule('r1', { floatingIp: true }), rule('r2', { frontendPort: 8080, backendPort: 8080, floatingIp: true })] }),
  },
  RulesUseSameBackendPortProtocolAndIPConfig: {
    bad: topology({
      backendPools: [
        { name: 'pool', members: ['VM1'] },
        { name: 'p2', members: ['VM1', 'VM2'] },
      ],
      rules: [rule('r1'), rule('r2', { frontend: 'FE2', backendPool: 'p2' })],
    }),
    good: topology({
      backendPools: [
        { name: 'pool', members: ['VM1'] },
        { name: 'p2', members: ['VM2'] },
      ],
      rules: [rule('r1'), rule('r2', { frontend: 'FE2', backendPool: 'p2' })],
    }),
  },
  HaPortsRequiresInternalStandard: {
    bad: topology({ rules: [ha('r1', { floatingIp: true })] }),
    good: topology({ loadBalancer: internal, rules: [ha('r1', { floatingIp: true })] }),
  },
  HaPortsRequiresZeroPorts: {
    bad: topology({ loadBalancer: internal, rules: [rule('r1', { protocol: 'All' })] }),
    good: topology({ loadBalancer: internal, rules: [ha('r1')] }),
  },
  ProbeRequestPath: {
    bad: topology({ probes: [{ name: 'p80', protocol: 'Http', port: 80 }] }),
    good: topology({ probes: [{ name: 'p80', protocol: 'Http', port: 80, requestPath: '/' }] }),
  },
  HaPortsNonFloatingExclusive: {
    bad: topology({ loadBalancer: internal, rules: [ha('r1'), rule('r2', { frontend: 'FE2', floatingIp: true })] }),
    good: topology({ loadBalancer: internal, rules: [ha('r1', { floatingIp: true }), rule('r2', { frontend: 'FE2', floatingIp: true })] }),
  },
  FloatingIpOnSecondaryIpConfig: {
    bad: topology({
      loadBalancer: internal,
      backendPools: [{ name: 'pool', members: [{ vm: 'VM1', ip: '10.0.0.15' }] }],
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.15'] } })],
      rules: [rule('r1', { floatingIp: true })],
    }),
    good: topology({
      loadBalancer: internal,
      backendPools: [{ name: 'pool', members: [{ vm: 'VM1', ip: '10.0.0.4' }] }],
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.15'] } })],
      rules: [rule('r1', { floatingIp: true })],
    }),
  },
  IpVersionMismatch: {
    bad: topology({ frontends: [{ name: 'FE1', ip: '2001:db8::1' }] }),
    good: topology({
      frontends: [{ name: 'FE1', ip: '2001:db8::1' }],
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['2001:db8:1::4'] } }), vm('VM2', '2001:db8:1::5')],
    }),
  },
  IdleTimeoutOutOfRange: {
    bad: topology({ rules: [rule('r1', { idleTimeoutMinutes: 101 })] }),
    good: topology({ rules: [rule('r1', { idleTimeoutMinutes: 100 })] }),
  },
  FrontendLimitExceeded: {
    bad: topology({ frontends: many(601, (i) => ({ name: `FE${i + 1}`, ip: `203.0.${(i >> 8) & 255}.${i & 255}` })) }),
    good: topology({ frontends: many(600, (i) => ({ name: `FE${i + 1}`, ip: `203.0.${(i >> 8) & 255}.${i & 255}` })) }),
  },
  RuleLimitExceeded: {
    bad: topology({
      rules: many(1501, (i) => rule(`r${i}`, { frontendPort: i + 1, backendPort: i + 1 })),
      backendPools: [{ name: 'pool', members: [] }],
    }),
    good: topology({
      rules: many(1500, (i) => rule(`r${i}`, { frontendPort: i + 1, backendPort: i + 1 })),
      backendPools: [{ name: 'pool', members: [] }],
    }),
  },
  BackendPoolSizeExceeded: {
    bad: topology({ vms: vmsN(5001), backendPools: [{ name: 'pool', members: vmsN(5001).map((v) => v.name) }], rules: [] }),
    good: topology({ vms: vmsN(5000), backendPools: [{ name: 'pool', members: vmsN(5000).map((v) => v.name) }], rules: [] }),
  },
  RulesPerNicExceeded: {
    bad: topology({ rules: many(301, (i) => rule(`r${i}`, { frontendPort: i + 1, backendPort: i + 1 })) }),
    good: topology({ rules: many(300, (i) => rule(`r${i}`, { frontendPort: i + 1, backendPort: i + 1 })) }),
  },
  BackendIpConfigsPerFrontendExceeded: {
    bad: topology({
      vms: vmsN(5001),
      backendPools: [{ name: 'pool', members: vmsN(5001).map((v) => v.name) }],
      rules: [rule('a'), rule('b', { frontendPort: 81, backendPort: 81 })],
    }),
    good: topology({
      vms: vmsN(5000),
      backendPools: [{ name: 'pool', members: vmsN(5000).map((v) => v.name) }],
      rules: [rule('a'), rule('b', { frontendPort: 81, backendPort: 81 })],
    }),
  },
  BackendPortDiffersWithFloatingIp: {
    bad: topology({ rules: [rule('r1', { floatingIp: true, backendPort: 8080 })] }),
    good: topology({ rules: [rule('r1', { floatingIp: true })] }),
  },
  NoProbe: { bad: topology({ rules: [rule('r1', { probe: undefined })] }), good: base },
  NatRuleWithoutTarget: {
    bad: topology({ inboundNatRules: [natRule('n', { target: undefined })] }),
    good: topology({ inboundNatRules: [natRule('n')] }),
  },
  TcpResetOnUdp: {
    bad: topology({ rules: [rule('r1', { protocol: 'Udp', enableTcpReset: true })] }),
    good: topology({ rules: [rule('r1', { enableTcpReset: true })] }),
  },
  ClusterRulesUseDifferentProbes: {
    bad: sql({ rules: [rule('listener', sqlRule), rule('mirror', { ...sqlRule, frontendPort: 5022, backendPort: 5022, probe: 'other' })] }),
    good: sql({ rules: [rule('listener', sqlRule), rule('mirror', { ...sqlRule, frontendPort: 5022, backendPort: 5022 })] }),
  },
  ClusterProbePortShared: {
    bad: sql({
      rules: [
        rule('listener', sqlRule),
        rule('core', { ...sqlRule, frontend: 'FE2', frontendPort: 58888, backendPort: 58888, probe: 'other59999' }),
      ],
    }),
    good: sql({
      rules: [
        rule('listener', sqlRule),
        rule('core', { ...sqlRule, frontend: 'FE2', frontendPort: 58888, backendPort: 58888, probe: 'other' }),
      ],
    }),
  },
  ClusterFloatingIpDisabled: { bad: sql({ rules: [rule('listener', { ...sqlRule, floatingIp: false })] }), good: sql() },
  PacemakerIdleTimeout: { bad: sap({ rules: [ha('ascs', { ...sapRule, idleTimeoutMinutes: 4 })] }), good: sap() },
  PacemakerTcpResetDisabled: { bad: sap({ rules: [ha('ascs', { ...sapRule, enableTcpReset: false })] }), good: sap() },
  ClusterSingleMember: {
    bad: sql({ backendPools: [{ name: 'pool', members: ['VM1'], frontendIpHolder: 'cluster-windows' }] }),
    good: sql(),
  },
  ApplianceWithoutHaPorts: { bad: nva({ rules: [rule('r1')] }), good: nva() },
  ApplianceFloatingIp: { bad: nva({ rules: [ha('r1', { floatingIp: true })] }), good: nva() },
  FloatingIpGuestConfigRequired: { bad: topology({ rules: [rule('r1', { floatingIp: true })] }), good: base },
  FloatingIpOutboundLimitation: { bad: topology({ rules: [rule('r1', { floatingIp: true })] }), good: base },
  ...placeholderCases,
  ...outboundCases,
  ...platformCases,
  ...nsgCases,
};
