// Test-only: the bad/good pair of each SKU, probe and limit code (codeCases.testing.ts gathers them into `cases`).
import type { DiagnosticCode } from '../diagnostics/diagnostic';
import { rule, topology, vm } from '../testing/builders';
import type { LbTopology } from '../topology/schema';

type PlatformCode =
  | 'GatewayRuleNotHaPorts'
  | 'GatewayFrontendNotPrivate'
  | 'BasicSkuRetired'
  | 'BasicSkuUnsupportedFeature'
  | 'ProbeIntervalTooShort'
  | 'ProbeThresholdTooLow'
  | 'ProbePortNotProbed'
  | 'BackendIpConfigsAcrossFrontendsExceeded'
  | 'PublicIPReferencedByMultipleIPConfigs'
  | 'EmptyBackendPool'
  | 'GlobalTierRequiresPublicStandard'
  | 'GlobalPoolMemberNotRegionalFrontend'
  | 'GlobalProbeNotSupported';

const haRule = (name: string, over = {}) => rule(name, { protocol: 'All', frontendPort: 0, backendPort: 0, ...over });
const gateway = (over: Partial<LbTopology> = {}) =>
  topology({
    loadBalancer: { name: 'gwlb', sku: 'Gateway', type: 'Internal' },
    frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
    backendPools: [{ name: 'pool', members: ['VM1', 'VM2'], frontendIpHolder: 'appliance' }],
    rules: [haRule('r1')],
    ...over,
  });
const withoutProbe = ({ probe: _none, ...r }: ReturnType<typeof rule>) => r;
// A Global (cross-region) load balancer over one regional frontend, without a probe, as cross-region-overview describes it.
const global = (over: Partial<LbTopology> = {}) =>
  topology({
    loadBalancer: { name: 'glb', sku: 'Standard', type: 'Public', tier: 'Global' },
    frontends: [{ name: 'FE1', ip: '203.0.113.100' }],
    backendPools: [{ name: 'pool', members: [], regionalFrontends: [{ loadBalancer: 'east', frontend: 'FE1' }] }],
    probes: [],
    rules: [withoutProbe(rule('r1'))],
    ...over,
  });
const basic = (over: Partial<LbTopology> = {}) => topology({ loadBalancer: { name: 'lb', sku: 'Basic', type: 'Public' }, ...over });
const probe = (over = {}) => [{ name: 'p80', protocol: 'Tcp', port: 80, ...over }];

// One outbound rule over a pool of 5,000 VMs on 100 frontends reaches 500,000 backend IP configurations, Azure's limit
// across all frontends; a 101st frontend makes 505,000. No mapping rows are built for it, so the case stays quick.
const vms5000 = Array.from({ length: 5000 }, (_, i) => vm(`vm${i}`, `10.0.${i >> 8}.${i & 255}`));
const outboundOn = (count: number) => {
  const frontends = Array.from({ length: count }, (_, i) => ({ name: `F${i}`, ip: `203.0.${113 + (i >> 8)}.${i & 255}` }));
  return topology({
    frontends,
    backendPools: [{ name: 'pool', members: vms5000.map((v) => v.name) }],
    rules: [],
    outboundRules: [{ name: 'out', frontends: frontends.map((f) => f.name), backendPool: 'pool', protocol: 'All' }],
    vms: vms5000,
  });
};

/** For each SKU, probe and limit code: a topology that must raise it and a minimal change that must not. */
export const platformCases: Record<PlatformCode & DiagnosticCode, { bad: LbTopology; good: LbTopology }> = {
  GatewayRuleNotHaPorts: { bad: gateway({ rules: [rule('r1')] }), good: gateway() },
  GatewayFrontendNotPrivate: {
    bad: gateway({ loadBalancer: { name: 'gwlb', sku: 'Gateway', type: 'Public' } }),
    good: gateway(),
  },
  BasicSkuRetired: { bad: basic(), good: topology() },
  BasicSkuUnsupportedFeature: { bad: basic({ rules: [rule('r1', { enableTcpReset: true })] }), good: basic() },
  ProbeIntervalTooShort: {
    bad: topology({ probes: probe({ intervalInSeconds: 4 }) }),
    good: topology({ probes: probe({ intervalInSeconds: 5 }) }),
  },
  ProbeThresholdTooLow: {
    bad: topology({ probes: probe({ probeThreshold: 0 }) }),
    good: topology({ probes: probe({ probeThreshold: 1 }) }),
  },
  ProbePortNotProbed: {
    bad: topology({ probes: probe({ protocol: 'Http', port: 25, requestPath: '/' }) }),
    good: topology({ probes: probe({ protocol: 'Tcp', port: 25 }) }),
  },
  PublicIPReferencedByMultipleIPConfigs: {
    // FE1 (203.0.113.1) is VM1's instance public IP; the good case gives VM1 another one.
    bad: topology({
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', publicIp: '203.0.113.1' } }), vm('VM2', '10.0.0.5')],
    }),
    good: topology({
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', publicIp: '203.0.113.9' } }), vm('VM2', '10.0.0.5')],
    }),
  },
  BackendIpConfigsAcrossFrontendsExceeded: {
    bad: outboundOn(101),
    good: outboundOn(100),
  },
  EmptyBackendPool: {
    bad: topology({ backendPools: [{ name: 'pool', members: [] }] }),
    // A Global load balancer's pool has regional frontends and no members: not empty.
    good: global(),
  },
  GlobalTierRequiresPublicStandard: {
    bad: global({ loadBalancer: { name: 'glb', sku: 'Standard', type: 'Internal', tier: 'Global' } }),
    good: global(),
  },
  GlobalPoolMemberNotRegionalFrontend: {
    bad: global({ backendPools: [{ name: 'pool', members: ['VM1'], regionalFrontends: [{ loadBalancer: 'east', frontend: 'FE1' }] }] }),
    good: global(),
  },
  GlobalProbeNotSupported: {
    bad: global({ probes: probe(), rules: [rule('r1')] }),
    good: global(),
  },
};
