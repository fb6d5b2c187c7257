import * as v from 'valibot';

// Shape checks only. Semantic problems (bad addresses, ports out of range, unknown protocols,
// dangling references) are left to validation so a half-finished topology still loads.

const integer = (what = 'an integer') =>
  v.pipe(v.number(`expected ${what}`), v.integer(`expected ${what}`));
const text = (what = 'a string') => v.string(`expected ${what}`);
const flag = () => v.boolean('expected true or false');
const name = () => v.pipe(text('a name'), v.minLength(1, 'expected a non-empty name'));

/** A load balancer as Floatplan models it; `sku` accepts Basic and Gateway for import fidelity. */
export const LoadBalancerSchema = v.strictObject({
  name: name(),
  sku: v.picklist(['Standard', 'Basic', 'Gateway'], 'expected "Standard", "Basic" or "Gateway"'),
  type: v.picklist(['Public', 'Internal'], 'expected "Public" or "Internal"'),
});

export const FrontendSchema = v.strictObject({
  name: name(),
  ip: text('an IP address'),
});

/** A pool member: a VM name (its primary IP configuration) or one specific IP configuration of a VM. */
export const PoolMemberSchema = v.union(
  [name(), v.strictObject({ vm: name(), ip: text('an IP address') })],
  'expected a VM name or { "vm": "<name>", "ip": "<address>" }',
);

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
  members: v.array(PoolMemberSchema, 'expected a list of members'),
  // Optional and without a default so files written before it existed stay byte-for-byte the same on save.
  frontendIpHolder: v.optional(
    v.picklist(FRONTEND_IP_HOLDERS, 'expected "every-member", "cluster-windows", "cluster-pacemaker" or "appliance"'),
  ),
});

export const ProbeSchema = v.strictObject({
  name: name(),
  protocol: text('"Tcp", "Http" or "Https"'),
  port: integer(),
  requestPath: v.optional(text()),
  intervalInSeconds: v.optional(integer()),
  probeThreshold: v.optional(integer()),
});

// A rule's frontend and pool may be "" while it is not wired yet on the canvas; validation reports it.
const reference = () => text('a name, or "" when not connected yet');

export const RuleSchema = v.strictObject({
  name: name(),
  frontend: reference(),
  backendPool: reference(),
  protocol: text('"Tcp", "Udp" or "All"'),
  frontendPort: integer(),
  backendPort: integer(),
  floatingIp: flag(),
  probe: v.optional(name()),
  idleTimeoutMinutes: v.optional(integer()),
  enableTcpReset: v.optional(flag()),
  loadDistribution: v.optional(
    v.picklist(['Default', 'SourceIP', 'SourceIPProtocol'], 'expected "Default", "SourceIP" or "SourceIPProtocol"'),
  ),
  disableOutboundSnat: v.optional(flag()),
});

/**
 * An inbound NAT rule (Azure's classic, v1 form): one frontend port forwarded to one VM IP configuration.
 * `target` is absent while the rule is not connected to a VM yet.
 */
export const InboundNatRuleSchema = v.strictObject({
  name: name(),
  frontend: reference(),
  protocol: text('"Tcp", "Udp" or "All"'),
  frontendPort: integer(),
  backendPort: integer(),
  floatingIp: flag(),
  target: v.optional(PoolMemberSchema),
  idleTimeoutMinutes: v.optional(integer()),
  enableTcpReset: v.optional(flag()),
});

export const NicSchema = v.strictObject({
  name: name(),
  ip: text('an IP address'),
  secondaryIps: v.optional(v.array(text('an IP address'), 'expected a list of IP addresses')),
});

export const VmSchema = v.strictObject({
  name: name(),
  os: v.picklist(['windows', 'ubuntu', 'rhel', 'suse', 'debian', 'linux'], 'expected one of windows, ubuntu, rhel, suse, debian, linux'),
  nic: NicSchema,
  natGateway: v.optional(flag()),
});

const PositionSchema = v.strictObject({ x: v.number('expected a number'), y: v.number('expected a number') });

export const TopologySchema = v.strictObject({
  version: v.literal(1, 'expected 1'),
  name: text(),
  description: v.optional(text()),
  loadBalancer: LoadBalancerSchema,
  frontends: v.array(FrontendSchema, 'expected a list of frontends'),
  backendPools: v.array(BackendPoolSchema, 'expected a list of backend pools'),
  probes: v.optional(v.array(ProbeSchema, 'expected a list of probes'), []),
  rules: v.array(RuleSchema, 'expected a list of rules'),
  // Optional and without a default so files and code written before NAT rules existed stay valid as they are.
  inboundNatRules: v.optional(v.array(InboundNatRuleSchema, 'expected a list of inbound NAT rules')),
  vms: v.array(VmSchema, 'expected a list of VMs'),
  layout: v.optional(v.record(v.string(), PositionSchema, 'expected an object of positions')),
});

export type Topology = v.InferOutput<typeof TopologySchema>;
export type LoadBalancer = Topology['loadBalancer'];
export type Frontend = Topology['frontends'][number];
export type BackendPool = Topology['backendPools'][number];
export type PoolMember = BackendPool['members'][number];
export type Probe = Topology['probes'][number];
export type Rule = Topology['rules'][number];
export type Vm = Topology['vms'][number];
export type InboundNatRule = NonNullable<Topology['inboundNatRules']>[number];
export type Layout = NonNullable<Topology['layout']>;

/** The file format version this build reads and writes. */
export const TOPOLOGY_VERSION = 1;
