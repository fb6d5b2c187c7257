// What must hold before a cluster or appliance script is written: one holder per VM, a flavour that can configure
// it, one probe per clustered frontend, and names the cluster software accepts. Each failure says what to change.
import type { ElementRef } from '../diagnostics/diagnostic';
import { SOURCES } from '../diagnostics/diagnostic';
import type { FrontendIpHolder } from '../topology/schema';
import { scriptDiagnostic, type ScriptDiagnostic } from './diagnostics';
import { reasonText } from './diagnosticText';
import type { ClusterFrontend, VmPlan } from './plan';
import { controlCharReason } from './quote';
import type { Flavor, ScriptOptions } from './types';

/** Flavours that can write each holder's configuration; every-member is every flavour. */
export const HOLDER_FLAVORS: Record<Exclude<FrontendIpHolder, 'every-member'>, readonly Flavor[]> = {
  'cluster-windows': ['windows-powershell'],
  'cluster-pacemaker': ['rhel', 'linux-networkd', 'ubuntu'],
  appliance: ['ubuntu', 'rhel', 'linux-networkd', 'windows-powershell'],
};

/** Learn pages each holder's script follows, for diagnostics and headers. */
export const HOLDER_SOURCES: Record<Exclude<FrontendIpHolder, 'every-member'>, string> = {
  'cluster-windows': 'https://learn.microsoft.com/azure/azure-sql/virtual-machines/windows/availability-group-load-balancer-portal-configure',
  'cluster-pacemaker': 'https://learn.microsoft.com/azure/sap/workloads/high-availability-guide-rhel',
  appliance: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-ha-ports-overview',
};

/** The Learn page a holder's script follows for a flavour: Pacemaker on RHEL (pcs) or SUSE (crm) has a guide each. */
export function procedureSource(holder: Exclude<FrontendIpHolder, 'every-member'>, flavor: Flavor): string {
  return holder === 'cluster-pacemaker' && flavor !== 'rhel' ? 'https://learn.microsoft.com/azure/sap/workloads/high-availability-guide-suse' : HOLDER_SOURCES[holder];
}

/**
 * The one holder a VM's script follows: `every-member` when no rule reaches it, undefined when its pools differ.
 * @example scriptHolder({ holders: ['appliance'] }) // 'appliance'
 */
export function scriptHolder(plan: Pick<VmPlan, 'holders'>): FrontendIpHolder | undefined {
  if (plan.holders.length > 1) return undefined;
  return plan.holders[0] ?? 'every-member';
}

const PACEMAKER_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * A Pacemaker resource ID made from a frontend name: characters an XML ID refuses become `_`.
 * @example pacemakerId('ASCS listener') // 'ASCS_listener'
 */
export function pacemakerId(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

/** The IPaddr2 primitive, azure-lb primitive and group of each clustered frontend (Microsoft's vip_/nc_/g- names). */
export interface PacemakerNames {
  vip: string;
  nc: string;
  group: string;
}

/** Names per clustered frontend, in plan order; two frontends whose names clean alike get `_2`, `_3`. */
export function pacemakerNames(cluster: readonly ClusterFrontend[], groups: Readonly<Record<string, string>> = {}): PacemakerNames[] {
  const used = new Set<string>();
  return cluster.map((c) => {
    const base = pacemakerId(c.frontend);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return { vip: `vip_${id}`, nc: `nc_${id}`, group: groups[c.frontend] ?? `g-${id}` };
  });
}

/** Problems that stop a holder's script: mixed holders, a flavour that cannot write it, unclear probes, bad names. */
export function checkHolder(plan: VmPlan, o: ScriptOptions): ScriptDiagnostic[] {
  const vm: ElementRef = { kind: 'vm', name: plan.vm.name };
  const holder = scriptHolder(plan);
  if (holder === undefined) {
    const holders = plan.holders.join(', ');
    return [scriptDiagnostic('MixedFrontendIpHolders', [vm], `VM ${JSON.stringify(plan.vm.name)} is a member of pools whose frontend IP is held differently (${holders}); Floatplan writes one kind of script per VM. Give its pools the same frontendIpHolder, or configure the VM by hand.`, SOURCES.floatplan,
      { key: 'MixedFrontendIpHolders', params: { vm: JSON.stringify(plan.vm.name), holders } })];
  }
  if (holder === 'every-member') return [];
  const out: ScriptDiagnostic[] = [];
  const allowed = HOLDER_FLAVORS[holder];
  if (!allowed.includes(o.flavor)) {
    const pool = plan.pools.join(', ');
    out.push(scriptDiagnostic('HolderUnsupportedFlavor', [vm], `Pool ${JSON.stringify(pool)} has frontendIpHolder ${holder}; the ${o.flavor} flavour cannot configure it. Use ${allowed.join(', ')}.`, HOLDER_SOURCES[holder],
      { key: 'HolderUnsupportedFlavor', params: { pool: JSON.stringify(pool), holder, flavor: o.flavor, flavors: allowed.join(', ') } }));
  }
  if (o.docExact) {
    const pool = JSON.stringify(plan.pools.join(', '));
    out.push(scriptDiagnostic('HolderUnsupportedFlavor', [vm], `Pool ${pool} has frontendIpHolder ${holder}; --doc-exact reproduces the Learn page's loopback commands, which this pool's members must not run.`, HOLDER_SOURCES[holder],
      { key: 'HolderUnsupportedFlavor.docExact', params: { pool, holder } }));
  }
  for (const c of plan.cluster) out.push(...checkClusterFrontend(c));
  out.push(...checkNames(plan, o, holder));
  return out;
}

function checkClusterFrontend(c: ClusterFrontend): ScriptDiagnostic[] {
  const refs: ElementRef[] = [{ kind: 'frontend', name: c.frontend }, { kind: 'backendPool', name: c.pool }];
  const [frontend, pool] = [JSON.stringify(c.frontend), JSON.stringify(c.pool)];
  const out: ScriptDiagnostic[] = [];
  if (c.holder === 'cluster-windows' && c.family === 6) {
    out.push(scriptDiagnostic('HolderUnsupportedFlavor', refs, `Frontend ${frontend} of pool ${pool} is IPv6; Microsoft's WSFC procedure (an IP Address resource with SubnetMask 255.255.255.255) covers IPv4 listeners only, so no cluster-windows script is written for it.`, HOLDER_SOURCES['cluster-windows'],
      { key: 'HolderUnsupportedFlavor.ipv6', params: { frontend, pool } }));
  }
  if (c.unprobedRules.length) {
    const rule = JSON.stringify(c.unprobedRules[0]!);
    out.push(scriptDiagnostic('ClusterProbeUnclear', [...refs, { kind: 'rule', name: c.unprobedRules[0]! }], `Rule ${rule} of cluster pool ${pool} (frontend ${frontend}) has no health probe; the cluster resource that holds ${c.ip} answers one probe port, so the load balancer would never find the active node. Give the rule the probe the cluster answers.`, HOLDER_SOURCES[c.holder],
      { key: 'ClusterProbeUnclear.none', params: { rule, pool, frontend, ip: c.ip } }));
  } else if (c.probes.length > 1) {
    const probes = c.probes.map((p) => `${JSON.stringify(p.name)} (${p.port})`).join(', ');
    out.push(scriptDiagnostic('ClusterProbeUnclear', [...refs, ...c.probes.map((p): ElementRef => ({ kind: 'probe', name: p.name }))], `The rules of cluster pool ${pool} on frontend ${frontend} use different probes (${probes}); the cluster resource that holds ${c.ip} answers exactly one probe port. Give them the same probe.`, HOLDER_SOURCES[c.holder],
      { key: 'ClusterProbeUnclear.several', params: { pool, frontend, probes, ip: c.ip } }));
  }
  return out;
}

type NameWhat = 'clusterNetwork' | 'ipResource' | 'clusterGroup' | 'frontendOption';

function checkNames(plan: VmPlan, o: ScriptOptions, holder: FrontendIpHolder): ScriptDiagnostic[] {
  const values: [NameWhat, string, string | undefined][] = [];
  const frontends = new Set(plan.cluster.map((c) => c.frontend));
  if (holder === 'cluster-windows') {
    if (o.clusterNetwork !== undefined) values.push(['clusterNetwork', o.clusterNetwork, controlCharReason(o.clusterNetwork) ?? (o.clusterNetwork.trim() === '' ? 'is empty' : undefined)]);
    for (const [fe, name] of Object.entries(o.ipResources ?? {})) {
      if (!frontends.has(fe)) values.push(['frontendOption', fe, 'is not a cluster frontend of this VM']);
      values.push(['ipResource', name, controlCharReason(name) ?? (name.trim() === '' ? 'is empty' : undefined)]);
    }
  }
  if (holder === 'cluster-pacemaker') {
    for (const [fe, name] of Object.entries(o.clusterGroups ?? {})) {
      if (!frontends.has(fe)) values.push(['frontendOption', fe, 'is not a cluster frontend of this VM']);
      values.push(['clusterGroup', name, PACEMAKER_ID.test(name) ? undefined : PACEMAKER_WHY]);
    }
  }
  return values.filter(([, , why]) => why !== undefined).map(([what, value, why]) => scriptDiagnostic('InvalidClusterName', [{ kind: 'vm', name: plan.vm.name }], `The ${WHAT[what]} ${JSON.stringify(value)} ${why!}.`, SOURCES.floatplan,
    { key: 'InvalidClusterName', params: { what: { key: `what.${what}` }, value: JSON.stringify(value), why: why === PACEMAKER_WHY ? { key: 'why.pacemakerId' } : why === NO_FRONTEND ? { key: 'why.noFrontend' } : reasonText(why!) } }));
}

const PACEMAKER_WHY = 'is not a Pacemaker resource ID (a letter or "_" first, then letters, digits, "_", "-" or ".")';
const NO_FRONTEND = 'is not a cluster frontend of this VM';
const WHAT: Record<NameWhat, string> = {
  clusterNetwork: 'cluster network name',
  ipResource: 'cluster IP resource name',
  clusterGroup: 'Pacemaker group name',
  frontendOption: 'frontend named in an option',
};
