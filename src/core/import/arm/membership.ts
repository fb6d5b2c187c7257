// Who is in each backend pool and which VM each inbound NAT rule forwards to, and the VMs behind them.
// Azure records NIC-based membership on the NIC (`ipConfigurations[].properties.loadBalancerBackendAddressPools`,
// `…loadBalancerInboundNatRules`), IP-based membership on the pool (`loadBalancerBackendAddresses`), and a deployed
// pool or NAT rule names its NIC ipconfigs (`backendIPConfigurations`, `backendIPConfiguration`).
import type { PoolMember, Vm } from '../../topology/schema';
import { field, isObject, items, top, type At, type JsonObject } from './access';
import type { Findings } from './diagnostics';
import { NAT_RULE, otherChildName, parseId, POOL, refId, resolveRef, type NameHint, type RefKind } from './ids';
import { itext, nounText, type ImportKind, type ImportParam, type ImportText } from '../text';
import type { DefaultAddresses } from '../defaultAddresses';
import type { VmMembership } from '../vmMembership';
import { readBool, readName, readString, unresolvedHintText, where } from './placeholders';
import { isUnresolved, reasonOf } from './resolved';
import { isSqlImage, statedOs, vmOs } from './os';
import { isIpv6 } from './ipVersion';
import { inNatGatewaySubnet, natGatewaySubnets } from './natGateway';
import { defaultOutboundSubnets, instancePublicIp } from './vmOutbound';
import { nicGateway } from './gateway';

/** A template resource after evaluation (the evaluator's shape, reduced to what membership reads). */
export interface Resource {
  type: string;
  value: unknown;
  path: string;
  /** Full name from the template (`lb/rdp` for a nested child); the value's own `name` when absent. */
  fullName?: unknown;
}

/** An inbound NAT rule of the load balancer, as membership needs it. */
export interface NatRuleSite {
  name: string;
  at: At;
  /** False for a port-range (v2) rule: it is not imported, but NIC references to it must not fall on another rule. */
  classic: boolean;
}

const ofType = (resources: readonly Resource[], type: string) =>
  resources.filter((r) => r.type.toLowerCase() === type.toLowerCase() && isObject(r.value));

interface Builder {
  vms: Vm[];
  /** The names in `vms` (a search of the list per new VM made the import quadratic in the VMs). */
  vmNames: Set<string>;
  members: Map<string, PoolMember[]>;
  /** Each pool's members as JSON, to add each member once without comparing it with all the others. */
  memberKeys: Map<string, Set<string>>;
  targets: Map<string, PoolMember>;
  natRules: readonly NatRuleSite[];
  forwarding: Set<string>;
  sqlImage: Set<string>;
  defaultedOs: Set<string>;
  findings: Findings;
  addresses: DefaultAddresses;
  hint?: NameHint;
  /** Pools a rule with an IPv6 frontend sends to: a deployed ipconfig id listed there is an IPv6 ip configuration. */
  v6Pools: ReadonlySet<string>;
  /** The member each deployed IPv6 ipconfig id (lower-cased) became, so it gets one address. */
  v6Members: Map<string, PoolMember>;
}

function join(b: Builder, pool: string, member: PoolMember) {
  const list = b.members.get(pool);
  if (!list) return;
  const key = JSON.stringify(member);
  let keys = b.memberKeys.get(pool);
  if (!keys) b.memberKeys.set(pool, (keys = new Set(list.map((m) => JSON.stringify(m)))));
  if (!keys.has(key)) {
    list.push(member);
    keys.add(key);
  }
}

/** Attaches a classic NAT rule to a member; Azure allows one IP configuration per rule, so a second one is said and left out. */
function attach(b: Builder, rule: string, member: PoolMember, path: string) {
  const had = b.targets.get(rule);
  if (had === undefined) return void b.targets.set(rule, member);
  if (JSON.stringify(had) === JSON.stringify(member)) return;
  const label = (m: PoolMember) => (typeof m === 'string' ? `"${m}"` : `"${m.vm}" (${m.ip})`);
  b.findings.warn('ImportInvalid', itext('arm.natTwoTargets', { rule, had: label(had), member: label(member) }), path);
}

/** Names of this load balancer's children a NIC ipconfig refers to under `key` (references to other load balancers skipped). */
function ownRefs(
  config: At,
  key: string,
  kind: RefKind,
  candidates: readonly string[],
  lbName: string,
  nicName: string,
  b: Builder,
): string[] {
  return items(field(config.value as JsonObject, config.path, key)).flatMap((ref) => {
    const id = refId(ref).value;
    const parts = typeof id === 'string' ? parseId(id) : undefined;
    if (parts?.parent && parts.parent !== lbName.toLowerCase() && !lbName.startsWith('<')) return [];
    // A reference whose load balancer is unknown but whose own name is not one of ours is to another load balancer.
    const other = otherChildName(ref, kind, candidates, b.hint);
    if (other !== undefined) {
      const owner = itext('owner.nic', { name: nicName });
      b.findings.info('ImportUnresolved', itext('arm.ref.otherLb', { owner, noun: nounText(kind.noun), name: other }), refId(ref).path);
      return [];
    }
    const hit = resolveRef(ref, kind, candidates, itext('owner.nic', { name: nicName }), b.findings, b.hint);
    return hit ? [hit] : [];
  });
}

function uniqueVmName(b: Builder, wanted: string): string {
  let name = wanted;
  for (let n = 2; b.vmNames.has(name); n++) name = `${wanted}-${n}`;
  return name;
}

/** An ipconfig's address: static `privateIPAddress`, else a marked default (IPv6 when `v6`) with a diagnostic. */
function address(at: At, owner: ImportText, b: Builder, v6 = false): string {
  const s = readString(at);
  if (s.text) return s.text;
  const ip = v6 ? b.addresses.nic6() : b.addresses.nic();
  if (s.unresolved)
    b.findings.warn('ImportUnresolved', itext('arm.addressUnresolved', { owner, hint: unresolvedHintText(s.unresolved), ip }), where(at));
  else b.findings.info('ImportDefaultUsed', itext('arm.addressDynamic', { owner, ip }), at.path);
  return ip;
}

/** The `networkProfile.networkInterfaces` references of a VM resource. */
function networkInterfaces(vm: Resource): At[] {
  const profile = field(vm.value as JsonObject, vm.path, 'networkProfile');
  return isObject(profile.value) ? items(field(profile.value, profile.path, 'networkInterfaces')) : [];
}

const copyOf = (path: string) => /\[copyIndex=(\d+)\]$/.exec(path)?.[1];

/**
 * A VM's network interface reference that cannot be read (an id Azure rejects, such as the 2-vms-loadbalancer-natrules
 * quickstart's `resourceId('…/networkInterfaces', nicNamePrefix, copyindex())`, two names for a one-name type), for a
 * NIC no VM refers to: the VM of the same copy of a loop, else the first such VM.
 */
function unreadableNicRef(
  vmResources: readonly Resource[],
  nicPath: string,
): { malformed: boolean; said: { vm: string; expression: string; reason: ImportParam }; path: string } | undefined {
  const broken = vmResources.flatMap((vm) =>
    networkInterfaces(vm)
      .map((ref) => ({ vm, ref, id: refId(ref) }))
      .filter(({ id }) => isUnresolved(id.value) || (typeof id.value === 'string' && parseId(id.value)?.type !== 'networkinterfaces')),
  );
  const pick = broken.find((x) => copyOf(x.vm.path) !== undefined && copyOf(x.vm.path) === copyOf(nicPath)) ?? broken[0];
  if (!pick) return undefined;
  const name = isObject(pick.vm.value) ? top(pick.vm.value, pick.vm.path, 'name').value : undefined;
  const value = pick.id.value;
  const reason = isUnresolved(value) ? reasonOf(value) : itext('arm.ref.notNicId');
  const said = {
    vm: typeof name === 'string' ? name : pick.vm.path,
    expression: isUnresolved(value) ? value.expression : JSON.stringify(value),
    reason,
  };
  return { malformed: !isUnresolved(value) || malformedReason(reason), said, path: pick.id.path };
}

/**
 * True for a reason that is the expression's own fault (a function's arguments, which Azure refuses as well), not a
 * value known only later (a parameter without a value, a deployed property). Argument checks of the resource
 * functions are plain words (`resourceId() for type '…' needs 1 name segment, got 2`).
 */
function malformedReason(reason: string | ImportText): boolean {
  if (typeof reason === 'string') return true;
  return /^import\.reason\.(argType|arity\.|fnError)/.test(reason.key);
}

/** NICs of the template that join a pool of this load balancer or are a NAT rule's target, each becoming a VM. */
function fromNics(resources: readonly Resource[], lbName: string, poolNames: readonly string[], b: Builder) {
  const vmResources = ofType(resources, 'Microsoft.Compute/virtualMachines');
  // The first VM (its index) whose network profile names each NIC (lower-cased), found once for all NICs.
  const vmOfNic = new Map<string, number>();
  vmResources.forEach((vm, i) => {
    for (const ref of networkInterfaces(vm)) {
      const id = refId(ref).value;
      const parts = typeof id === 'string' ? parseId(id) : undefined;
      if (parts !== undefined && !vmOfNic.has(parts.name.toLowerCase())) vmOfNic.set(parts.name.toLowerCase(), i);
    }
  });
  const natSubnets = natGatewaySubnets(resources);
  const openSubnets = defaultOutboundSubnets(resources);
  ofType(resources, 'Microsoft.Network/networkInterfaces').forEach((nic, n) => {
    const o = nic.value as JsonObject;
    const nicName = readName(top(o, nic.path, 'name'), 'NIC', n, b.findings);
    const configs = items(field(o, nic.path, 'ipConfigurations')).filter((c) => isObject(c.value));
    // Pools each ipconfig joins and NAT rules it is the target of, keeping only references to this load balancer.
    const joins = configs.map((c) => ownRefs(c, 'loadBalancerBackendAddressPools', POOL, poolNames, lbName, nicName, b));
    // Every rule name is a candidate, so a reference to a port-range rule is not taken for the only classic one.
    const natNames = b.natRules.map((n) => n.name);
    const nats = configs.map((c) =>
      ownRefs(c, 'loadBalancerInboundNatRules', NAT_RULE, natNames, lbName, nicName, b).filter((n) =>
        b.natRules.some((r) => r.name === n && r.classic),
      ),
    );
    if (joins.every((j) => j.length === 0) && nats.every((n) => n.length === 0)) return;
    const vmAt = vmOfNic.get(nicName.toLowerCase());
    const vmRes = vmAt === undefined ? undefined : vmResources[vmAt];
    let vmName: string;
    if (vmRes) vmName = readName(top(vmRes.value as JsonObject, vmRes.path, 'name'), 'VM', vmAt!, b.findings);
    else {
      vmName = nicName;
      const broken = unreadableNicRef(vmResources, nic.path);
      if (broken?.malformed)
        b.findings.warn('ImportInvalid', itext('arm.vmNicRefMalformed', { nic: nicName, ...broken.said }), broken.path);
      else if (broken) b.findings.info('ImportDefaultUsed', itext('arm.vmNicRefUnreadable', { nic: nicName, ...broken.said }), broken.path);
      else b.findings.info('ImportDefaultUsed', itext('arm.vmNamedAfterNic', { nic: nicName }), nic.path);
    }
    vmName = uniqueVmName(b, vmName);
    const os = vmOs(vmRes, vmName, b.findings, nic.path);
    if (readBool(field(o, nic.path, 'enableIPForwarding'), 'enableIPForwarding', b.findings, false) === true) b.forwarding.add(vmName);
    if (vmRes && isSqlImage(vmRes)) b.sqlImage.add(vmName);
    if (!vmRes || statedOs(vmRes) === undefined) b.defaultedOs.add(vmName);
    const primaryIndex = Math.max(
      0,
      configs.findIndex((c) => readBool(field(c.value as JsonObject, c.path, 'primary'), 'primary', b.findings, false) === true),
    );
    const ips = configs.map((c, i) =>
      address(
        field(c.value as JsonObject, c.path, 'privateIPAddress'),
        itext('owner.ipConfig', { n: i + 1, nic: nicName }),
        b,
        isIpv6(c.value as JsonObject, c.path, 'privateIPAddressVersion'),
      ),
    );
    const primary = ips[primaryIndex]!;
    const secondaryIps = ips.filter((_, i) => i !== primaryIndex);
    b.vmNames.add(vmName);
    b.vms.push({
      name: vmName,
      os,
      nic: {
        name: os === 'windows' ? 'Ethernet' : 'eth0',
        ip: primary,
        ...(secondaryIps.length > 0 ? { secondaryIps } : {}),
        ...instancePublicIp(configs[primaryIndex]),
        ...nicGateway(configs, primaryIndex, nicName, b.findings),
      },
      ...(configs.some((c) => inNatGatewaySubnet(c, natSubnets)) ? { natGateway: true } : {}),
      ...(configs.some((c) => inNatGatewaySubnet(c, openSubnets)) ? { defaultOutboundAccess: true } : {}),
    });
    const memberOf = (i: number): PoolMember => (i === primaryIndex ? vmName : { vm: vmName, ip: ips[i]! });
    joins.forEach((pools, i) => pools.forEach((pool) => join(b, pool, memberOf(i))));
    nats.forEach((rules, i) => rules.forEach((rule) => attach(b, rule, memberOf(i), configs[i]!.path)));
  });
}

/** A VM for a member known only by address or NIC id (IP-based pools, deployed pools): OS and address are defaults. */
function addressVm(b: Builder, wanted: string, ip: string, path: string, what: ImportKind = 'pool member'): string {
  const same = b.vms.find((v) => v.nic.ip === ip || v.nic.secondaryIps?.includes(ip));
  if (same) return same.name;
  const name = uniqueVmName(b, wanted);
  b.findings.info('ImportDefaultUsed', itext('arm.memberNoVm', { what: nounText(what), name, ip }), path);
  b.vmNames.add(name);
  b.vms.push({ name, os: 'linux', nic: { name: 'eth0', ip } });
  b.defaultedOs.add(name);
  return name;
}

/** Members recorded on the pool itself: IP-based addresses and a deployed pool's NIC ipconfigs. */
function fromPool(pool: { name: string; at: At }, b: Builder) {
  const o = pool.at.value as JsonObject;
  items(field(o, pool.at.path, 'loadBalancerBackendAddresses')).forEach((a, j) => {
    if (!isObject(a.value)) return;
    const nicConfig = refId(field(a.value, a.path, 'networkInterfaceIPConfiguration'));
    if (typeof nicConfig.value === 'string') return void fromIpConfigId(pool.name, { value: nicConfig.value, path: nicConfig.path }, b);
    // A Global pool's member is a regional frontend (gateway.ts reads it), not a VM.
    const regional = field(a.value, a.path, 'loadBalancerFrontendIPConfiguration');
    if (regional.value !== undefined && regional.value !== null) return;
    const named = readString(top(a.value, a.path, 'name')).text;
    const ip = address(field(a.value, a.path, 'ipAddress'), itext('owner.backendAddress', { n: j + 1, pool: pool.name }), b);
    join(b, pool.name, addressVm(b, named || `${pool.name}-member-${j + 1}`, ip, a.path));
  });
  items(field(o, pool.at.path, 'backendIPConfigurations')).forEach((c) => {
    const id = refId(c);
    if (typeof id.value === 'string') fromIpConfigId(pool.name, { value: id.value, path: id.path }, b);
  });
}

/** What a NIC ipconfig id is for, in messages: `in the pool "p"`, `the target of the inbound NAT rule "r"`. */
interface IdRole {
  /** `is in the pool "p"` */
  role: ImportParam;
  /** `The pool "p" lists the member` */
  lists: ImportParam;
  /** `pool member` */
  what: ImportKind;
}

/** `/…/networkInterfaces/<nic>/ipConfigurations/<cfg>` → a VM named after the NIC; a template NIC already imported wins. */
function vmOfIpConfigId(at: { value: string; path: string }, said: IdRole, b: Builder): string | undefined {
  const parts = parseId(at.value);
  const nic = parts?.parent ? at.value.split('/').filter(Boolean).slice(-3, -2)[0]! : undefined;
  if (!parts || parts.type !== 'ipconfigurations' || !nic) {
    b.findings.warn('ImportIgnored', itext('arm.notIpConfigId', { lists: said.lists, value: JSON.stringify(at.value) }), at.path);
    return undefined;
  }
  const existing = b.vms.find((v) => v.name.toLowerCase() === nic.toLowerCase());
  if (existing) return existing.name;
  const ip = b.addresses.nic();
  b.findings.info('ImportDefaultUsed', itext('arm.nicAddressElsewhere', { nic, config: parts.name, role: said.role, ip }), at.path);
  return addressVm(b, nic, ip, at.path, said.what);
}

/**
 * A deployed ipconfig id in an IPv6 pool: an IPv6 ip configuration of its NIC's VM (a secondary address, IPv6
 * documentation placeholder), so the IPv6 rule maps to an IPv6 address rather than to the VM's IPv4 primary.
 */
function ipv6Member(pool: string, at: { value: string; path: string }, b: Builder): PoolMember | undefined {
  const key = at.value.toLowerCase();
  const had = b.v6Members.get(key);
  if (had !== undefined) return had;
  const parts = parseId(at.value);
  const nic = parts?.parent ? at.value.split('/').filter(Boolean).slice(-3, -2)[0]! : undefined;
  if (!parts || parts.type !== 'ipconfigurations' || !nic) return undefined;
  const ip = b.addresses.nic6();
  const vm = b.vms.find((v) => v.name.toLowerCase() === nic.toLowerCase());
  let member: PoolMember;
  if (vm) {
    const role = itext('arm.role.pool', { pool });
    b.findings.info('ImportDefaultUsed', itext('arm.nicAddressElsewhere', { nic, config: parts.name, role, ip }), at.path);
    vm.nic.secondaryIps = [...(vm.nic.secondaryIps ?? []), ip];
    member = { vm: vm.name, ip };
  } else member = addressVm(b, nic, ip, at.path);
  b.v6Members.set(key, member);
  return member;
}

function fromIpConfigId(pool: string, at: { value: string; path: string }, b: Builder) {
  if (b.v6Pools.has(pool)) {
    const member = ipv6Member(pool, at, b);
    if (member !== undefined) return void join(b, pool, member);
  }
  const vm = vmOfIpConfigId(
    at,
    { role: itext('arm.role.pool', { pool }), lists: itext('arm.lists.pool', { pool }), what: 'pool member' },
    b,
  );
  if (vm !== undefined) join(b, pool, vm);
}

/** A deployed classic NAT rule's read-only `backendIPConfiguration`: the NIC ipconfig Azure forwards it to. */
function fromNatRule(rule: NatRuleSite, b: Builder) {
  if (!rule.classic || b.targets.has(rule.name) || !isObject(rule.at.value)) return;
  const id = refId(field(rule.at.value, rule.at.path, 'backendIPConfiguration'));
  if (typeof id.value !== 'string') return;
  const vm = vmOfIpConfigId(
    { value: id.value, path: id.path },
    { role: itext('arm.role.nat', { rule: rule.name }), lists: itext('arm.lists.nat', { rule: rule.name }), what: 'NAT rule target' },
    b,
  );
  if (vm !== undefined) attach(b, rule.name, vm, id.path);
}

/**
 * Pool members, NAT rule targets and VMs from the NICs and VMs of the template and from the pools and NAT rules themselves.
 * @example poolMembership(pools, resources, 'lb', findings, addresses).members.get('pool') // ['vm1', 'vm2']
 */
export function poolMembership(
  pools: readonly { name: string; at: At }[],
  resources: readonly Resource[],
  lbName: string,
  findings: Findings,
  addresses: DefaultAddresses,
  hint?: NameHint,
  natRules: readonly NatRuleSite[] = [],
  v6Pools: ReadonlySet<string> = new Set(),
): VmMembership {
  const b: Builder = {
    vms: [],
    vmNames: new Set(),
    members: new Map(pools.map((p) => [p.name, []])),
    memberKeys: new Map(),
    targets: new Map(),
    natRules,
    forwarding: new Set(),
    sqlImage: new Set(),
    defaultedOs: new Set(),
    findings,
    addresses,
    ...(hint ? { hint } : {}),
    v6Pools,
    v6Members: new Map(),
  };
  fromNics(
    resources,
    lbName,
    pools.map((p) => p.name),
    b,
  );
  for (const pool of pools) if (isObject(pool.at.value)) fromPool(pool, b);
  for (const rule of natRules) fromNatRule(rule, b);
  return { vms: b.vms, members: b.members, targets: b.targets, forwarding: b.forwarding, sqlImage: b.sqlImage, defaultedOs: b.defaultedOs };
}
