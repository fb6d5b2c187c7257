// A template written by Floatplan's own ARM export carries what ARM has no place for in its top-level
// `metadata`: the planned public addresses, the pool members, the NAT rule targets and the VMs. Reading them back makes the
// export → import round trip lossless; any other template simply has none of these keys.
import { loadTopology } from '../../topology/load';
import {
  FRONTEND_IP_HOLDERS,
  type FrontendIpHolder,
  type InboundNatRule,
  type PoolMember,
  type LbTopology,
  type Vm,
} from '../../topology/schema';
import { isObject, type JsonObject } from './access';
import { itext } from '../text';
import type { Findings } from './diagnostics';

export interface FloatplanMetadata {
  title?: string;
  description?: string;
  plannedAddresses?: Record<string, string>;
  vms?: Vm[];
  poolMembers?: Record<string, string[]>;
  /** `metadata.floatplanNatRuleTargets`: NAT rule name → target label (`vm` or `vm (ip)`), as the ARM export writes it. */
  natTargets?: Record<string, string>;
  /** `metadata.floatplanPoolHolders`: pool name → who holds its frontend IP; empty for an export without it (all every-member). */
  holders?: Map<string, FrontendIpHolder>;
}

/**
 * The Floatplan keys of a template's metadata (only when `metadata.generator` is Floatplan). A template of several
 * load balancers keeps each one's keys under `floatplanLoadBalancers.<name>`: those of `loadBalancer` are read.
 */
export function readFloatplanMetadata(template: JsonObject, loadBalancer?: string): FloatplanMetadata {
  const top = template.metadata;
  if (!isObject(top) || top.generator !== 'Floatplan') return {};
  const own = isObject(top.floatplanLoadBalancers) && loadBalancer !== undefined ? top.floatplanLoadBalancers[loadBalancer] : undefined;
  const m = isObject(own) && Object.hasOwn(top.floatplanLoadBalancers as object, loadBalancer!) ? { ...top, ...own } : top;
  const stringRecord = (v: unknown) =>
    isObject(v) ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) as Record<string, string>) : undefined;
  const lists = isObject(m.floatplanPoolMembers)
    ? Object.fromEntries(
        Object.entries(m.floatplanPoolMembers)
          .filter(([, x]) => Array.isArray(x))
          .map(([k, x]) => [k, (x as unknown[]).filter((s): s is string => typeof s === 'string')]),
      )
    : undefined;
  return {
    ...(typeof m.floatplanTopology === 'string' ? { title: m.floatplanTopology } : {}),
    ...(typeof m.floatplanDescription === 'string' ? { description: m.floatplanDescription } : {}),
    ...(stringRecord(m.floatplanFrontendAddresses) ? { plannedAddresses: stringRecord(m.floatplanFrontendAddresses) } : {}),
    ...(Array.isArray(m.floatplanVms) ? { vms: m.floatplanVms as Vm[] } : {}),
    ...(lists ? { poolMembers: lists } : {}),
    ...(stringRecord(m.floatplanNatRuleTargets) ? { natTargets: stringRecord(m.floatplanNatRuleTargets) } : {}),
    holders: isObject(m.floatplanPoolHolders) ? holders(m.floatplanPoolHolders) : new Map(),
  };
}

/** The pools' holders the export stated; an unknown value is left out, so that pool is inferred like any other. */
function holders(o: JsonObject): Map<string, FrontendIpHolder> {
  const known = (v: unknown): v is FrontendIpHolder => (FRONTEND_IP_HOLDERS as readonly unknown[]).includes(v);
  return new Map(Object.entries(o).filter((e): e is [string, FrontendIpHolder] => known(e[1])));
}

/** A member label as the export writes it: `vm` or `vm (ip)`, given the names of the VMs. */
function member(label: string, vmNames: ReadonlySet<string>): PoolMember | undefined {
  if (vmNames.has(label)) return label;
  const m = /^(.*) \(([^()]*)\)$/.exec(label);
  return m && vmNames.has(m[1]!) ? { vm: m[1]!, ip: m[2]! } : undefined;
}

/**
 * Adds the VMs and pool members recorded by a Floatplan export (checked by the topology loader first).
 * @example applyFloatplanMetadata(topology, meta, findings).vms.length // 2
 */
export function applyFloatplanMetadata(t: LbTopology, meta: FloatplanMetadata, findings: Findings): LbTopology {
  let vms = t.vms;
  if (meta.vms) {
    const check = loadTopology({ ...t, vms: meta.vms });
    // Sets, not a search per VM or member: both lists grow with the topology (2,000 VMs in the largest bench).
    const recorded = new Set(meta.vms.map((m) => m.name));
    if (check.ok) vms = [...check.topology.vms, ...t.vms.filter((v) => !recorded.has(v.name))];
    else
      findings.warn(
        'ImportInvalid',
        itext('meta.vmsInvalid', { path: String(check.errors[0]?.path), detail: check.errors[0]!.text }),
        'metadata.floatplanVms',
      );
  }
  const vmNames = new Set(vms.map((v) => v.name));
  const backendPools = t.backendPools.map((p) => {
    const labels = meta.poolMembers && Object.hasOwn(meta.poolMembers, p.name) ? meta.poolMembers[p.name] : undefined;
    if (!labels) return p;
    const members: PoolMember[] = [...p.members];
    const had = new Set(members.map((x) => JSON.stringify(x)));
    for (const label of labels) {
      const m = member(label, vmNames);
      if (m === undefined) {
        findings.warn('ImportInvalid', itext('meta.memberUnknown', { label, pool: p.name }), 'metadata.floatplanPoolMembers');
        continue;
      }
      const key = JSON.stringify(m);
      if (!had.has(key)) {
        members.push(m);
        had.add(key);
      }
    }
    return { ...p, members };
  });
  const natRules = meta.natTargets ? natTargets(t, meta.natTargets, vmNames, findings) : t.inboundNatRules;
  return {
    ...t,
    ...(meta.title !== undefined ? { name: meta.title } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    vms,
    backendPools,
    ...(natRules !== undefined ? { inboundNatRules: natRules } : {}),
  };
}

/** The NAT rules with the targets the export recorded; a target already read from a NIC of the template is kept. */
function natTargets(
  t: LbTopology,
  labels: Readonly<Record<string, string>>,
  vmNames: ReadonlySet<string>,
  findings: Findings,
): InboundNatRule[] | undefined {
  const rules = t.inboundNatRules ?? [];
  const ruleNames = new Set(rules.map((r) => r.name));
  for (const name of Object.keys(labels)) {
    if (!ruleNames.has(name)) findings.warn('ImportInvalid', itext('meta.natRuleUnknown', { name }), 'metadata.floatplanNatRuleTargets');
  }
  const out = rules.map((r): InboundNatRule => {
    if (r.target !== undefined || !Object.hasOwn(labels, r.name)) return r;
    const target = member(labels[r.name]!, vmNames);
    if (target === undefined) {
      findings.warn(
        'ImportInvalid',
        itext('meta.natTargetUnknown', { label: String(labels[r.name]), rule: r.name }),
        'metadata.floatplanNatRuleTargets',
      );
      return r;
    }
    const { idleTimeoutMinutes, enableTcpReset, ...head } = r;
    return {
      ...head,
      target,
      ...(idleTimeoutMinutes !== undefined ? { idleTimeoutMinutes } : {}),
      ...(enableTcpReset !== undefined ? { enableTcpReset } : {}),
    };
  });
  return t.inboundNatRules === undefined ? undefined : out;
}
