import { parseIp, type IpAddress } from '../net/address';
import { deliversThroughTunnels } from './tunnel';
import type { BackendPool, Frontend, PoolMember, Probe, Rule, LbTopology, Vm } from '../topology/schema';

/** One IP configuration of a VM's NIC. */
export interface IpConfig {
  vm: Vm;
  ip: IpAddress;
  primary: boolean;
  /** Unique per VM and address; used to group what one ipconfig receives. */
  key: string;
  /** Dense number of this ipconfig, for array-indexed grouping on hot paths. */
  id: number;
  /** Dense number of the VM this ipconfig belongs to. */
  vmId: number;
  /** Interned number of `ip.text` (see TopologyIndex.ipId). */
  ipId: number;
}

/** Why a pool member could not be resolved for a frontend's address family. */
export type MemberProblem =
  { kind: 'unknownVm'; vm: string } | { kind: 'unknownIp'; vm: string; ip: string } | { kind: 'noFamily'; vm: string; family: 4 | 6 };

/** Lookup tables over a topology, built once and shared by mapping and validation. */
export interface TopologyIndex {
  topology: LbTopology;
  frontends: Map<string, Frontend>;
  frontendIps: Map<string, IpAddress | undefined>;
  pools: Map<string, BackendPool>;
  probes: Map<string, Probe>;
  vms: Map<string, Vm>;
  /** Valid IP configurations per VM name, primary first. */
  configs: Map<string, IpConfig[]>;
  /** Resolved members per pool and family; filled lazily because many rules share a pool. */
  memberCache: Map<string, ResolvedPool>;
  /** Number of ipconfigs (ids are 0..configCount-1). */
  configCount: number;
  /** Interns an address text to a dense number, so equal addresses compare as equal numbers. */
  ipId: (text: string) => number;
  /** parseIp, memoised for this topology: validation reads every address again. */
  parse: (raw: string) => IpAddress | undefined;
}

export interface ResolvedPool {
  members: IpConfig[];
  problems: MemberProblem[];
}

// The VM part of an index depends on the VM list only. Every load balancer's view of a v2 design shares its VM list
// (topology/design.ts), so the views share this part instead of parsing every VM's addresses once per view.
interface VmPart {
  /** What the part was built from, compared on every hit: a test or an importer may change a VM in place. */
  seen: { vm: Vm; name: string; ip: string; secondaryIps: readonly string[] | undefined }[];
  vms: Map<string, Vm>;
  configs: Map<string, IpConfig[]>;
  configCount: number;
  ipId: (text: string) => number;
  parse: (raw: string) => IpAddress | undefined;
}
const vmParts = new WeakMap<readonly Vm[], VmPart>();

function vmPart(list: readonly Vm[]): VmPart {
  const hit = vmParts.get(list);
  if (hit && unchanged(hit.seen, list)) return hit;
  const parsed = new Map<string, IpAddress | undefined>();
  const parse = (raw: string) => {
    if (parsed.has(raw)) return parsed.get(raw);
    const ip = parseIp(raw);
    parsed.set(raw, ip);
    return ip;
  };
  const vms = byName(list);
  const configs = new Map<string, IpConfig[]>();
  const ipIds = new Map<string, number>();
  const ipId = (text: string) => {
    let id = ipIds.get(text);
    if (id === undefined) ipIds.set(text, (id = ipIds.size));
    return id;
  };
  let configCount = 0;
  let vmId = 0;
  for (const [name, vm] of vms) {
    const configList: IpConfig[] = [];
    const seen = new Set<string>();
    const add = (raw: string, primary: boolean) => {
      const ip = parse(raw);
      if (!ip || seen.has(ip.text)) return;
      seen.add(ip.text);
      configList.push({ vm, ip, primary, key: `${name}\u0000${ip.text}`, id: configCount++, vmId, ipId: ipId(ip.text) });
    };
    add(vm.nic.ip, true);
    for (const s of vm.nic.secondaryIps ?? []) add(s, false);
    configs.set(name, configList);
    vmId++;
  }
  const seen = list.map((vm) => ({ vm, name: vm.name, ip: vm.nic.ip, secondaryIps: vm.nic.secondaryIps }));
  const part = { seen, vms, configs, configCount, ipId, parse };
  vmParts.set(list, part);
  return part;
}

function unchanged(seen: VmPart['seen'], list: readonly Vm[]): boolean {
  if (seen.length !== list.length) return false;
  for (let i = 0; i < list.length; i++) {
    const was = seen[i]!;
    const vm = list[i]!;
    if (was.vm !== vm || was.name !== vm.name || was.ip !== vm.nic.ip || was.secondaryIps !== vm.nic.secondaryIps) return false;
  }
  return true;
}

/** Indexes a topology by name (the first element of a duplicated name wins). */
export function indexTopology(topology: LbTopology): TopologyIndex {
  const { vms, configs, configCount, ipId, parse } = vmPart(topology.vms);
  const frontends = byName(topology.frontends);
  const frontendIps = new Map<string, IpAddress | undefined>();
  for (const [name, fe] of frontends) frontendIps.set(name, parse(fe.ip));
  return {
    topology,
    frontends,
    frontendIps,
    pools: byName(topology.backendPools),
    probes: byName(topology.probes),
    vms,
    configs,
    memberCache: new Map(),
    configCount,
    ipId,
    parse,
  };
}

/**
 * The IP configurations a pool delivers to for a frontend of `family`: a bare VM name means its
 * primary ipconfig, or its first ipconfig of that family on a dual-stack NIC.
 */
export function resolvePool(index: TopologyIndex, pool: BackendPool, family: 4 | 6): ResolvedPool {
  const cacheKey = `${pool.name}\u0000${family}`;
  const cached = index.memberCache.get(cacheKey);
  if (cached) return cached;
  const members: IpConfig[] = [];
  const problems: MemberProblem[] = [];
  const seen = new Set<string>();
  for (const m of pool.members) {
    const r = resolveMember(index, m, family);
    if ('kind' in r) problems.push(r);
    else if (!seen.has(r.key)) {
      seen.add(r.key);
      members.push(r);
    }
  }
  const resolved = { members, problems };
  index.memberCache.set(cacheKey, resolved);
  return resolved;
}

/**
 * The IP configuration one member (a VM name or `{ vm, ip }`) stands for under a frontend of `family`;
 * pools and inbound NAT rule targets share it so both resolve a VM name the same way.
 */
export function resolveMember(index: TopologyIndex, member: PoolMember, family: 4 | 6): IpConfig | MemberProblem {
  const vmName = typeof member === 'string' ? member : member.vm;
  const list = index.configs.get(vmName);
  if (!list) return { kind: 'unknownVm', vm: vmName };
  if (typeof member === 'string') {
    return list.find((c) => c.ip.family === family) ?? { kind: 'noFamily', vm: vmName, family };
  }
  const ip = index.parse(member.ip);
  // An unparseable address is reported as InvalidIpAddress; here it simply resolves to nothing.
  const config = ip && list.find((c) => c.ip.text === ip.text);
  if (!config) return { kind: 'unknownIp', vm: vmName, ip: member.ip };
  if (config.ip.family !== family) return { kind: 'noFamily', vm: vmName, family };
  return config;
}

/** The rule's frontend and pool when both exist and the frontend has a valid address. */
export function ruleEnds(index: TopologyIndex, rule: Rule): RuleEnds | undefined {
  const frontend = index.frontends.get(rule.frontend);
  const frontendIp = index.frontendIps.get(rule.frontend);
  const pool = index.pools.get(rule.backendPool);
  if (!frontend || !frontendIp || !pool) return undefined;
  return { frontend, frontendIp, pool, tunnel: deliversThroughTunnels(index.topology) };
}

/** A rule's resolved frontend (with a valid address) and backend pool. */
export interface RuleEnds {
  frontend: Frontend;
  frontendIp: IpAddress;
  pool: BackendPool;
  /** The pool receives through tunnel interfaces (Gateway SKU), see deliversThroughTunnels. */
  tunnel: boolean;
}

function byName<T extends { name: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.name)) map.set(item.name, item);
  return map;
}
