// Test-only: for each code across load balancers, a v2 design that must raise it and a minimal change that must not,
// and the valid multi-load-balancer designs of issue 19 that must stay clean.
import type { AcrossLbCode } from '../diagnostics/diagnostic';
import { natRule, rule, vm } from '../testing/builders';
import type { FrontendRef, LoadBalancerDef, Rule, Topology, Vm } from '../topology/schema';

const withoutProbe = ({ probe: _none, ...r }: Rule): Rule => r;
const ha = (name: string, over: Partial<Rule> = {}) => rule(name, { protocol: 'All', frontendPort: 0, backendPort: 0, ...over });
const ref = (loadBalancer: string, frontend = 'FE1'): FrontendRef => ({ loadBalancer, frontend });

/** A Standard public load balancer with FE1 at `ip`, pool `pool` of `members` and rule r1 (Tcp 80 → 80, probe p80). */
export function lb(name: string, ip: string, members: string[] = ['VM1', 'VM2'], over: Partial<LoadBalancerDef> = {}): LoadBalancerDef {
  return {
    name,
    sku: 'Standard',
    type: ip.startsWith('10.') ? 'Internal' : 'Public',
    frontends: [{ name: 'FE1', ip }],
    backendPools: [{ name: 'pool', members }],
    probes: [{ name: 'p80', protocol: 'Tcp', port: 80 }],
    rules: [rule('r1')],
    ...over,
  };
}

const twoVms = [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')];
const fourVms = [...twoVms, vm('VM3', '10.0.0.6'), vm('VM4', '10.0.0.7')];

/** A v2 design of `loadBalancers` over `vms`. */
export function design(loadBalancers: LoadBalancerDef[], vms: Vm[] = fourVms): Topology {
  return { version: 2, name: 'test', loadBalancers, vms };
}

// A Global load balancer over the public frontends FE1 of `regions` (cross-region-overview: no probe of its own).
const globalLb = (regions: FrontendRef[], over: Partial<LoadBalancerDef> = {}): LoadBalancerDef =>
  lb('glb', '203.0.113.100', [], {
    tier: 'Global',
    backendPools: [{ name: 'pool', members: [], regionalFrontends: regions }],
    probes: [],
    rules: [withoutProbe(rule('r1'))],
    ...over,
  });
const east = lb('east', '203.0.113.1', ['VM1', 'VM2']);
const west = lb('west', '198.51.100.1', ['VM3', 'VM4']);
// A Gateway load balancer of two NVAs (gateway-overview: private frontend, HA-ports rule, appliances).
const gwlb = lb('gwlb', '10.0.2.10', ['NVA1', 'NVA2'], {
  sku: 'Gateway',
  backendPools: [{ name: 'pool', members: ['NVA1', 'NVA2'], frontendIpHolder: 'appliance' }],
  rules: [ha('r1')],
});
// Appliances reach the internet through a NAT gateway: neither load balancer gives them a path.
const nvas = [vm('NVA1', '10.0.2.4', { natGateway: true }), vm('NVA2', '10.0.2.5', { natGateway: true })];
const chained = (to: FrontendRef) =>
  lb('pub', '203.0.113.1', ['VM1', 'VM2'], { frontends: [{ name: 'FE1', ip: '203.0.113.1', gatewayLoadBalancer: to }] });

/** For each code across load balancers: a design that must raise it and a minimal change that must not. */
export const acrossCases: Record<AcrossLbCode, { bad: Topology; good: Topology }> = {
  AnotherInternalLoadBalancerExists: {
    bad: design([
      lb('ilb1', '10.0.1.10'),
      lb('ilb2', '10.0.1.11', ['VM1', 'VM2'], { rules: [rule('r1', { frontendPort: 81, backendPort: 81 })] }),
    ]),
    good: design([lb('ilb1', '10.0.1.10'), lb('ilb2', '10.0.1.11', ['VM3', 'VM4'])]),
  },
  AnotherPublicLoadBalancerExists: {
    bad: design([
      lb('pub1', '203.0.113.1'),
      lb('pub2', '203.0.113.2', ['VM1', 'VM2'], { rules: [rule('r1', { frontendPort: 81, backendPort: 81 })] }),
    ]),
    good: design([lb('pub1', '203.0.113.1'), lb('pub2', '203.0.113.2', ['VM3', 'VM4'])]),
  },
  RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig: {
    // ilb2 reaches VM1 by an inbound NAT rule on the backend port ilb1's rule uses.
    bad: design([
      lb('ilb1', '10.0.1.10'),
      lb('ilb2', '10.0.1.11', [], { rules: [], inboundNatRules: [natRule('nat1', { backendPort: 80 })] }),
    ]),
    good: design([
      lb('ilb1', '10.0.1.10'),
      lb('ilb2', '10.0.1.11', [], { rules: [], inboundNatRules: [natRule('nat1', { backendPort: 8080 })] }),
    ]),
  },
  SameDestinationFromTwoLoadBalancers: {
    // Clients reach port 80 publicly and 8080 internally, and both arrive at port 80 of the VMs' own address.
    bad: design([lb('pub', '203.0.113.1'), lb('ilb', '10.0.1.10', ['VM1', 'VM2'], { rules: [rule('r1', { frontendPort: 8080 })] })]),
    // The same service published on both: usual, and silent.
    good: design([lb('pub', '203.0.113.1'), lb('ilb', '10.0.1.10')]),
  },
  LoadBalancerSkusMixedOnVm: {
    bad: design([lb('pub', '203.0.113.1', ['VM1', 'VM2'], { sku: 'Basic' }), lb('ilb', '10.0.1.10', ['VM1', 'VM2'], { rules: [] })]),
    good: design([lb('pub', '203.0.113.1', ['VM1', 'VM2'], { sku: 'Basic' }), lb('ilb', '10.0.1.10', ['VM3', 'VM4'], { rules: [] })]),
  },
  GlobalPoolFrontendNotPublicStandardRegional: {
    bad: design([globalLb([ref('ilb')]), lb('ilb', '10.0.1.10')]),
    good: design([globalLb([ref('east')]), east]),
  },
  CrossLoadBalancerReferenceUnresolved: {
    bad: design([globalLb([ref('east'), ref('west')]), east]),
    good: design([globalLb([ref('east'), ref('west')]), east, west]),
  },
  GlobalBackendPortUnmatched: {
    bad: design([globalLb([ref('east')], { rules: [withoutProbe(rule('r1', { backendPort: 8080 }))] }), east]),
    good: design([globalLb([ref('east')]), east]),
  },
  GatewayChainTargetNotGateway: {
    bad: design([chained(ref('ilb')), lb('ilb', '10.0.1.10', ['NVA1', 'NVA2'])], [...twoVms, ...nvas]),
    good: design([chained(ref('gwlb')), gwlb], [...twoVms, ...nvas]),
  },
  GatewayChainSourceNotPublicStandard: {
    bad: design(
      [lb('web', '203.0.113.1', [], { rules: [] }), gwlb],
      [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', gatewayLoadBalancer: ref('gwlb') } }), ...nvas],
    ),
    good: design(
      [lb('web', '203.0.113.1', [], { rules: [] }), gwlb],
      [
        vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', publicIp: '203.0.113.50', gatewayLoadBalancer: ref('gwlb') } }),
        ...nvas,
      ],
    ),
  },
};

// SAP on two internal load balancers (Learn sap high-availability guides): ASCS/ERS on one, HANA on the other.
const sapRule = { floatingIp: true, idleTimeoutMinutes: 30, enableTcpReset: true };
const sap = design(
  [
    lb('ilb-ascs', '10.0.1.10', [], {
      frontends: [
        { name: 'ascs', ip: '10.0.1.10' },
        { name: 'ers', ip: '10.0.1.11' },
      ],
      backendPools: [{ name: 'pool', members: ['VM1', 'VM2'], frontendIpHolder: 'cluster-pacemaker' }],
      probes: [
        { name: 'ascs', protocol: 'Tcp', port: 62000 },
        { name: 'ers', protocol: 'Tcp', port: 62101 },
      ],
      rules: [ha('ascs', { ...sapRule, frontend: 'ascs', probe: 'ascs' }), ha('ers', { ...sapRule, frontend: 'ers', probe: 'ers' })],
    }),
    lb('ilb-hana', '10.0.1.20', [], {
      backendPools: [{ name: 'pool', members: ['VM3', 'VM4'], frontendIpHolder: 'cluster-pacemaker' }],
      probes: [{ name: 'hana', protocol: 'Tcp', port: 62503 }],
      rules: [ha('hana', { ...sapRule, probe: 'hana' })],
    }),
  ],
  fourVms.map((v) => ({ ...v, os: 'suse' as const, natGateway: true })),
);

// An NVA sandwich (Architecture Center, highly available NVAs): a public load balancer and an internal HA-ports one
// on the same appliances.
const sandwich = design(
  [
    lb('public', '203.0.113.1', [], {
      backendPools: [{ name: 'pool', members: ['NVA1', 'NVA2'], frontendIpHolder: 'appliance' }],
      rules: [rule('https', { frontendPort: 443, backendPort: 443 })],
    }),
    lb('internal', '10.0.2.100', [], {
      backendPools: [{ name: 'pool', members: ['NVA1', 'NVA2'], frontendIpHolder: 'appliance' }],
      rules: [ha('ha')],
    }),
  ],
  nvas,
);

/** Valid designs with several load balancers: no error and no warning, per load balancer or across them. */
export const validDesigns: Record<string, Topology> = {
  'NVA sandwich: public + internal HA ports on the same appliances': sandwich,
  'SAP: ASCS/ERS on one internal load balancer, HANA on another': sap,
  'a Global load balancer over two regional ones': design([globalLb([ref('east'), ref('west')]), east, west]),
  'a Gateway chain from a public frontend': design([chained(ref('gwlb')), gwlb], [...twoVms, ...nvas]),
  'a Gateway chain from a VM public IP': acrossCases.GatewayChainSourceNotPublicStandard.good,
};
