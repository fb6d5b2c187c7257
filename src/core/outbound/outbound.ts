import { text, type Text } from '../i18n/text';
import type { validationOutboundEn } from '../validation/outboundMessages.en';
import type { OutboundRule, Rule, LbTopology, Vm } from '../topology/schema';

// How a VM reaches the internet, as Azure decides it. Azure NAT Gateway overview (ms.date 04/14/2026): "UDR to next
// hop virtual appliance or virtual network gateway >> NAT gateway >> instance-level public IP address on a virtual
// machine >> load balancer outbound rules >> default system route to the internet". Floatplan models no UDRs. Below
// the outbound rules sit the load-balancing rules' implicit SNAT (a public load balancer, disableOutboundSnat off;
// Learn "Outbound rules": "Load-balancing rules provide automatic programming of outbound NAT"), then default
// outbound access, which a Standard load balancer's backends never get ("Outbound connectivity isn't available for
// an internal standard load balancer until it has been explicitly declared", Learn "Outbound rules", scenario 5;
// with disableOutboundSnat and no outbound rule "Your virtual machine will not have outbound connectivity").
// Sources and quotes: docs/outbound.md.

/** How a VM's outbound flows reach the internet, in Azure's order of precedence; `none` when nothing gives it a path. */
export const OUTBOUND_KINDS = [
  'nat-gateway',
  'instance-public-ip',
  'outbound-rule',
  'lb-rule-snat',
  'default-outbound-access',
  'none',
] as const;
export type OutboundKind = (typeof OUTBOUND_KINDS)[number];

/** Where each fact comes from (docs/outbound.md quotes them). */
export const OUTBOUND_SOURCES = {
  natGateway: 'https://learn.microsoft.com/azure/nat-gateway/nat-overview',
  connections: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-outbound-connections',
  outboundRules: 'https://learn.microsoft.com/azure/load-balancer/outbound-rules',
  defaultAccess: 'https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access',
} as const;

/** One VM's outbound path: which method, the source the internet sees (when the topology knows it), and why. */
export interface VmOutbound {
  vm: string;
  kind: OutboundKind;
  /** The address the guest opens its flows from: the NIC's primary IP (a load balancer gives secondary ones no outbound). */
  nicIp: string;
  /** The public address the internet sees, when the topology knows it: a frontend IP or the VM's own public IP. */
  publicIp?: string;
  /** The outbound rule or load-balancing rule that gives the path. */
  via?: string;
  /** The protocols the path covers (an outbound rule's, or the load-balancing rule's: its SNAT matches its transport). */
  protocol?: string;
  /** Why, in plain words; with the fix when there is no path. */
  text: Text;
  source: string;
}

type OutboundKey = Extract<keyof typeof validationOutboundEn, `outbound.${string}`>;
const say = (key: OutboundKey, params: Record<string, string>): Text => text(`validation.${key}`, params);

/**
 * Every VM's outbound path, in topology order.
 * @example outboundPaths(internalLb)[0].kind // 'none'
 */
export function outboundPaths(topology: LbTopology): VmOutbound[] {
  const ctx = context(topology);
  return topology.vms.map((vm) => pathOf(ctx, vm));
}

/**
 * The outbound paths of the VMs a pool of this load balancer holds by their primary IP configuration, in topology
 * order: every other VM's path does not depend on the load balancer (see {@link hasPathWithoutLb}).
 * @example pooledOutboundPaths(lbView(design, 'ilb')).map((p) => p.vm) // ['nva1', 'nva2']
 */
export function pooledOutboundPaths(topology: LbTopology): VmOutbound[] {
  const ctx = context(topology);
  const held = new Set<string>();
  for (const members of ctx.primaryMembers.values()) for (const name of members) held.add(name);
  return topology.vms.filter((vm) => held.has(vm.name)).map((vm) => pathOf(ctx, vm));
}

/**
 * One VM's outbound path, or undefined when there is no VM of that name.
 * @example outboundOf(t, 'VM1')?.publicIp // '203.0.113.1'
 */
export function outboundOf(topology: LbTopology, vmName: string): VmOutbound | undefined {
  const vm = topology.vms.find((v) => v.name === vmName);
  return vm ? pathOf(context(topology), vm) : undefined;
}

interface Context {
  topology: LbTopology;
  frontendIps: Map<string, string>;
  /** Pool name → VM names whose primary IP configuration is a member. */
  primaryMembers: Map<string, Set<string>>;
}

function context(topology: LbTopology): Context {
  const frontendIps = new Map(topology.frontends.map((f) => [f.name, f.ip]));
  // Only a member named with its address needs the NICs' (a view of a design of several has every VM of the design).
  let nicIps: Map<string, string> | undefined;
  const nicIp = (vm: string) => (nicIps ??= new Map(topology.vms.map((v) => [v.name, v.nic.ip]))).get(vm);
  const primaryMembers = new Map<string, Set<string>>();
  for (const pool of topology.backendPools) {
    // "Secondary IP configurations of a network interface don't provide outbound communication (unless a public IP
    // is associated to it) via a load balancer" (Learn, outbound connections): only the primary counts here.
    const names = pool.members.flatMap((m) => (typeof m === 'string' ? [m] : m.ip === nicIp(m.vm) ? [m.vm] : []));
    primaryMembers.set(pool.name, new Set(names));
  }
  return { topology, frontendIps, primaryMembers };
}

function pathOf(ctx: Context, vm: Vm): VmOutbound {
  const base = { vm: vm.name, nicIp: vm.nic.ip };
  const own = ownPath(vm, base);
  if (own) return own;
  const pools = ctx.topology.backendPools.filter((p) => ctx.primaryMembers.get(p.name)?.has(vm.name)).map((p) => p.name);
  // A VM in none of this load balancer's pools (in a design of several, most VMs of each view) skips the rule scans.
  return (pools.length > 0 && pooledPath(ctx, vm, pools, base)) || unpooledPath(vm, base);
}

// A NAT gateway or an instance public IP: above any load balancer in Azure's order.
function ownPath(vm: Vm, base: { vm: string; nicIp: string }): VmOutbound | undefined {
  if (vm.natGateway)
    return { ...base, kind: 'nat-gateway', text: say('outbound.natGateway', { vm: vm.name }), source: OUTBOUND_SOURCES.natGateway };
  const pip = vm.nic.publicIp;
  if (pip === undefined || pip === false) return undefined;
  const known = typeof pip === 'string' && pip !== '';
  return {
    ...base,
    kind: 'instance-public-ip',
    ...(known ? { publicIp: pip } : {}),
    text: known ? say('outbound.publicIp', { vm: vm.name, publicIp: pip }) : say('outbound.publicIpUnknown', { vm: vm.name }),
    source: OUTBOUND_SOURCES.connections,
  };
}

// The path of a VM in `pools` of the load balancer, when the load balancer decides it (otherwise undefined).
function pooledPath(ctx: Context, vm: Vm, pools: readonly string[], base: { vm: string; nicIp: string }): VmOutbound | undefined {
  const { topology } = ctx;
  const lb = topology.loadBalancer;
  const inPool = (name: string) => pools.includes(name);
  // A Gateway load balancer chains to another load balancer and gives its appliances no internet path of its own.
  const lbGives = lb.type === 'Public' && lb.sku !== 'Gateway';
  if (lbGives && lb.sku === 'Standard') {
    const out = (topology.outboundRules ?? []).find((r) => inPool(r.backendPool));
    if (out) return outboundRulePath(ctx, vm, out, base);
  }
  if (lbGives) {
    const rule = topology.rules.find((r) => inPool(r.backendPool) && r.disableOutboundSnat !== true);
    if (rule) return ruleSnatPath(ctx, vm, rule, base);
    // "Deployed in the backend pool of a basic public load balancer" is explicit outbound (default outbound access page).
    const first = topology.frontends[0];
    if (lb.sku === 'Basic' && first) {
      const params = { vm: vm.name, publicIp: first.ip, lb: lb.name };
      return {
        ...base,
        kind: 'lb-rule-snat',
        publicIp: first.ip,
        text: say('outbound.basicPublic', params),
        source: OUTBOUND_SOURCES.defaultAccess,
      };
    }
  }
  if (lb.sku === 'Standard') {
    const key = lb.type === 'Internal' ? 'outbound.none.internal' : 'outbound.none.public';
    return { ...base, kind: 'none', text: say(key, { vm: vm.name, lb: lb.name }), source: OUTBOUND_SOURCES.outboundRules };
  }
  return undefined;
}

/**
 * Whether a VM that no pool of a load balancer holds (by its primary IP configuration) has an outbound path: a NAT
 * gateway, an instance public IP or default outbound access. The same whatever the load balancer, so a design of
 * several decides it once per VM (its `kind` is `none` exactly when this is false).
 * @example hasPathWithoutLb(vm('VM4', '10.0.0.7')) // false
 */
export function hasPathWithoutLb(vm: Vm): boolean {
  return vm.natGateway === true || (vm.nic.publicIp !== undefined && vm.nic.publicIp !== false) || vm.defaultOutboundAccess === true;
}

function unpooledPath(vm: Vm, base: { vm: string; nicIp: string }): VmOutbound {
  if (vm.defaultOutboundAccess === true)
    return {
      ...base,
      kind: 'default-outbound-access',
      text: say('outbound.defaultAccess', { vm: vm.name }),
      source: OUTBOUND_SOURCES.defaultAccess,
    };
  return { ...base, kind: 'none', text: say('outbound.none.private', { vm: vm.name }), source: OUTBOUND_SOURCES.natGateway };
}

function outboundRulePath(ctx: Context, vm: Vm, out: OutboundRule, base: { vm: string; nicIp: string }): VmOutbound {
  const ip = out.frontends.map((f) => ctx.frontendIps.get(f)).find((a) => a !== undefined);
  const publicIp = ip ?? '';
  const params = {
    vm: vm.name,
    publicIp,
    rule: out.name,
    protocol: out.protocol,
    lb: ctx.topology.loadBalancer.name,
    pool: out.backendPool,
  };
  return {
    ...base,
    kind: 'outbound-rule',
    ...(ip !== undefined ? { publicIp: ip } : {}),
    via: out.name,
    protocol: out.protocol,
    text: say('outbound.outboundRule', params),
    source: OUTBOUND_SOURCES.outboundRules,
  };
}

function ruleSnatPath(ctx: Context, vm: Vm, rule: Rule, base: { vm: string; nicIp: string }): VmOutbound {
  const ip = ctx.frontendIps.get(rule.frontend);
  const params = { vm: vm.name, publicIp: ip ?? rule.frontend, rule: rule.name, protocol: rule.protocol };
  const why = say('outbound.ruleSnat', params);
  const source = OUTBOUND_SOURCES.outboundRules;
  // Two literals, not a conditional spread: the spread took V8's slow path, 4 µs a VM (8 ms of validate at 2,000 VMs).
  if (ip === undefined)
    return { vm: base.vm, nicIp: base.nicIp, kind: 'lb-rule-snat', via: rule.name, protocol: rule.protocol, text: why, source };
  return { vm: base.vm, nicIp: base.nicIp, kind: 'lb-rule-snat', publicIp: ip, via: rule.name, protocol: rule.protocol, text: why, source };
}
