import * as v from 'valibot';
import type { loadEn } from './messages.en';
import { networkSecurityGroupsField } from './nsgSchema';
import { MAX_PLACEHOLDER_FIELD, MAX_PLACEHOLDER_SOURCE, MAX_PLACEHOLDERS } from './limits';

// Shape checks only. Semantic problems (bad addresses, ports out of range, unknown protocols,
// dangling references) are left to validation so a half-finished topology still loads.

// Every message is a key of the load catalog (topology/messages.en.ts): load.ts renders it in any language.
type Expected = keyof typeof loadEn extends infer K ? (K extends `expected.${infer E}` ? E : never) : never;
const expected = (what: Expected) => `load.expected.${what}` as const;

const integer = () => v.pipe(v.number(expected('integer')), v.integer(expected('integer')));
const text = (what: Expected = 'string') => v.string(expected(what));
const flag = () => v.boolean(expected('boolean'));
const name = () => v.pipe(text('name'), v.minLength(1, expected('nonEmptyName')));

/**
 * Why a value is a placeholder (language-neutral; diagnostics render the words):
 * - `unresolved`: the definition computes it from something not given (a parameter without value, another module);
 * - `allocatedByAzure`: Azure chooses it at deployment (a dynamic private address, a new public IP);
 * - `missing`: the definition does not say it at all;
 * - `invalid`: the definition says something that is not a valid value.
 */
export const PLACEHOLDER_REASONS = ['unresolved', 'allocatedByAzure', 'missing', 'invalid'] as const;
export type PlaceholderReason = (typeof PLACEHOLDER_REASONS)[number];

/**
 * A value an importer could not know: `field` is a path inside the element (`ip`, `name`, `frontendPort`,
 * `nic.ip`, `nic.secondaryIps.1`), `source` the template path, Terraform address or expression it came from (raw).
 */
export const PlaceholderSchema = v.strictObject({
  field: v.pipe(text(), v.maxLength(MAX_PLACEHOLDER_FIELD, expected('placeholderField'))),
  reason: v.picklist(PLACEHOLDER_REASONS, expected('placeholderReason')),
  source: v.pipe(text(), v.maxLength(MAX_PLACEHOLDER_SOURCE, expected('placeholderSource'))),
});
export type Placeholder = v.InferOutput<typeof PlaceholderSchema>;

// Optional and without a default, so files without placeholders stay byte-for-byte the same on save.
const placeholders = () =>
  v.optional(v.pipe(v.array(PlaceholderSchema, expected('placeholders')), v.maxLength(MAX_PLACEHOLDERS, expected('placeholdersTooMany'))));

/** A load balancer's tier: Regional (every SKU), or Global for a cross-region load balancer (Standard, public). */
export const LB_TIERS = ['Regional', 'Global'] as const;
export type LbTier = (typeof LB_TIERS)[number];

/** A load balancer as Floatplan models it; `sku` accepts Basic and Gateway for import fidelity; no `tier` = Regional. */
export const LoadBalancerSchema = v.strictObject({
  name: name(),
  sku: v.picklist(['Standard', 'Basic', 'Gateway'], expected('sku')),
  type: v.picklist(['Public', 'Internal'], expected('lbType')),
  tier: v.optional(v.picklist(LB_TIERS, expected('tier'))),
});

/**
 * A frontend of another load balancer of the same topology, named by both names: the Gateway load balancer's
 * frontend a public frontend or a NIC chains to, or a regional frontend in a Global load balancer's pool.
 */
export const FrontendRefSchema = v.strictObject({ loadBalancer: name(), frontend: name() });
export type FrontendRef = v.InferOutput<typeof FrontendRefSchema>;

export const FrontendSchema = v.strictObject({
  name: name(),
  ip: text('ip'),
  // A public frontend chained to a Gateway load balancer (REST `gatewayLoadBalancer` on the frontend IP configuration).
  gatewayLoadBalancer: v.optional(FrontendRefSchema),
  placeholders: placeholders(),
});

/** A pool member: a VM name (its primary IP configuration) or one specific IP configuration of a VM. */
export const PoolMemberSchema = v.union([name(), v.strictObject({ vm: name(), ip: text('ip') })], expected('member'));

/**
 * Who holds a floating rule's frontend IP inside the guests of a pool (absent = `every-member`, the Learn page's case):
 * - `every-member`: every member puts the frontend IP on a loopback and answers the probe;
 * - `cluster-windows`: a WSFC IP resource owns it on the active node only (SQL Server listener / FCI);
 * - `cluster-pacemaker`: a Pacemaker IPaddr2 resource grouped with azure-lb holds it on the active node only (SAP, HANA, NFS);
 * - `appliance`: nobody; the members are forwarding NVAs that keep each packet's original destination.
 */
export const FRONTEND_IP_HOLDERS = ['every-member', 'cluster-windows', 'cluster-pacemaker', 'appliance'] as const;
export type FrontendIpHolder = (typeof FRONTEND_IP_HOLDERS)[number];

export const BackendPoolSchema = v.strictObject({
  name: name(),
  members: v.array(PoolMemberSchema, expected('members')),
  // Optional and without a default so files written before it existed stay byte-for-byte the same on save.
  frontendIpHolder: v.optional(v.picklist(FRONTEND_IP_HOLDERS, expected('frontendIpHolder'))),
  // A Global load balancer's pool: the regional frontends it spreads over (REST `loadBalancerFrontendIPConfiguration`
  // of each backend address); such a pool has no VM members.
  regionalFrontends: v.optional(v.array(FrontendRefSchema, expected('regionalFrontends'))),
  placeholders: placeholders(),
});

export const ProbeSchema = v.strictObject({
  name: name(),
  protocol: text('probeProtocol'),
  port: integer(),
  requestPath: v.optional(text()),
  intervalInSeconds: v.optional(integer()),
  probeThreshold: v.optional(integer()),
  placeholders: placeholders(),
});

// A rule's frontend and pool may be "" while it is not wired yet on the canvas; validation reports it.
const reference = () => text('reference');

export const RuleSchema = v.strictObject({
  name: name(),
  frontend: reference(),
  backendPool: reference(),
  protocol: text('ruleProtocol'),
  frontendPort: integer(),
  backendPort: integer(),
  floatingIp: flag(),
  probe: v.optional(name()),
  idleTimeoutMinutes: v.optional(integer()),
  enableTcpReset: v.optional(flag()),
  loadDistribution: v.optional(v.picklist(['Default', 'SourceIP', 'SourceIPProtocol'], expected('distribution'))),
  disableOutboundSnat: v.optional(flag()),
  placeholders: placeholders(),
});

/**
 * An inbound NAT rule (Azure's classic, v1 form): one frontend port forwarded to one VM IP configuration.
 * `target` is absent while the rule is not connected to a VM yet.
 */
export const InboundNatRuleSchema = v.strictObject({
  name: name(),
  frontend: reference(),
  protocol: text('ruleProtocol'),
  frontendPort: integer(),
  backendPort: integer(),
  floatingIp: flag(),
  target: v.optional(PoolMemberSchema),
  idleTimeoutMinutes: v.optional(integer()),
  enableTcpReset: v.optional(flag()),
  placeholders: placeholders(),
});

export const NicSchema = v.strictObject({
  name: name(),
  ip: text('ip'),
  secondaryIps: v.optional(v.array(text('ip'), expected('ips'))),
  // An instance-level public IP on the primary IP configuration: its address, or true when it is not known (docs/topology-format.md).
  publicIp: v.optional(v.union([flag(), text('ip')], expected('publicIp'))),
  // The NIC's primary IP configuration chained to a Gateway load balancer (REST `gatewayLoadBalancer` on the ipconfig).
  gatewayLoadBalancer: v.optional(FrontendRefSchema),
});

export const VmSchema = v.strictObject({
  name: name(),
  os: v.picklist(['windows', 'ubuntu', 'rhel', 'suse', 'debian', 'linux'], expected('os')),
  nic: NicSchema,
  natGateway: v.optional(flag()),
  // The VM's subnet's defaultOutboundAccess; absent = false, private subnets being the default for new virtual networks.
  defaultOutboundAccess: v.optional(flag()),
  placeholders: placeholders(),
});

/** A load balancer outbound rule (REST `outboundRules`): the frontends whose addresses a backend pool's outbound flows use. */
export const OutboundRuleSchema = v.strictObject({
  name: name(),
  /** `frontendIPConfigurations`: one or more frontends. */
  frontends: v.array(reference(), expected('frontends')),
  backendPool: reference(),
  protocol: text('ruleProtocol'),
  allocatedOutboundPorts: v.optional(integer()),
  idleTimeoutMinutes: v.optional(integer()),
  enableTcpReset: v.optional(flag()),
});

const PositionSchema = v.strictObject({ x: v.number(expected('number')), y: v.number(expected('number')) });

/**
 * One load balancer's topology: the v1 file format, and the view of one load balancer of a v2 topology (design.ts)
 * that every per-load-balancer check, mapping, script and export reads.
 */
export const LbTopologySchema = v.strictObject({
  version: v.literal(1, expected('one')),
  name: text(),
  description: v.optional(text()),
  loadBalancer: LoadBalancerSchema,
  frontends: v.array(FrontendSchema, expected('frontends')),
  backendPools: v.array(BackendPoolSchema, expected('backendPools')),
  probes: v.optional(v.array(ProbeSchema, expected('probes')), []),
  rules: v.array(RuleSchema, expected('rules')),
  // Optional and without a default so files and code written before NAT rules existed stay valid as they are.
  inboundNatRules: v.optional(v.array(InboundNatRuleSchema, expected('inboundNatRules'))),
  // The user's own NSGs (imported or written by hand); the NSG checks evaluate them (core/nsg).
  networkSecurityGroups: networkSecurityGroupsField(),
  // Optional and without a default, like inboundNatRules.
  outboundRules: v.optional(v.array(OutboundRuleSchema, expected('outboundRules'))),
  vms: v.array(VmSchema, expected('vms')),
  layout: v.optional(v.record(v.string(), PositionSchema, expected('positions'))),
});

export type LbTopology = v.InferOutput<typeof LbTopologySchema>;
export type LoadBalancer = LbTopology['loadBalancer'];
export type Frontend = LbTopology['frontends'][number];
export type BackendPool = LbTopology['backendPools'][number];
export type PoolMember = BackendPool['members'][number];
export type Probe = LbTopology['probes'][number];
export type Rule = LbTopology['rules'][number];
export type Vm = LbTopology['vms'][number];
export type InboundNatRule = NonNullable<LbTopology['inboundNatRules']>[number];
export type Layout = NonNullable<LbTopology['layout']>;
export type OutboundRule = NonNullable<LbTopology['outboundRules']>[number];

/** One load balancer of a v2 topology with everything that belongs to it; VMs and NSGs are shared by all. */
export const LoadBalancerDefSchema = v.strictObject({
  ...LoadBalancerSchema.entries,
  frontends: v.array(FrontendSchema, expected('frontends')),
  backendPools: v.array(BackendPoolSchema, expected('backendPools')),
  probes: v.optional(v.array(ProbeSchema, expected('probes')), []),
  rules: v.array(RuleSchema, expected('rules')),
  inboundNatRules: v.optional(v.array(InboundNatRuleSchema, expected('inboundNatRules'))),
  outboundRules: v.optional(v.array(OutboundRuleSchema, expected('outboundRules'))),
});
export type LoadBalancerDef = v.InferOutput<typeof LoadBalancerDefSchema>;

/**
 * The topology file, version 2: several load balancers sharing one list of VMs. Names are unique per load balancer;
 * `layout` keys of a load balancer's elements carry its name (design.ts, layoutKey).
 */
export const TopologySchema = v.strictObject({
  version: v.literal(2, expected('two')),
  name: text(),
  description: v.optional(text()),
  loadBalancers: v.pipe(v.array(LoadBalancerDefSchema, expected('loadBalancers')), v.minLength(1, expected('loadBalancers'))),
  vms: v.array(VmSchema, expected('vms')),
  networkSecurityGroups: networkSecurityGroupsField(),
  layout: v.optional(v.record(v.string(), PositionSchema, expected('positions'))),
});
export type Topology = v.InferOutput<typeof TopologySchema>;

/** The file format version this build writes; it reads version 1 too (migrated on load, design.ts). */
export const TOPOLOGY_VERSION = 2;
/** The first format: one load balancer at the top level. */
export const TOPOLOGY_VERSION_1 = 1;
