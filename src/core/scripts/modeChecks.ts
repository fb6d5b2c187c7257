// What must hold before a cluster or appliance script is written: one holder per VM, a flavour that can configure
// it, one probe per clustered frontend, and names the cluster software accepts. Each failure says what to change.
import type { ElementRef } from '../diagnostics/diagnostic';
import { SOURCES } from '../diagnostics/diagnostic';
import type { FrontendIpHolder } from '../topology/schema';
import { scriptDiagnostic, type ScriptDiagnostic } from './diagnostics';
import type { Text } from '../i18n/text';
import type { ClusterFrontend, VmPlan } from './plan';
import { controlCharReason } from './quote';
import type { Flavor, ScriptOptions } from './types';

/** Flavours that can write each holder's configuration; every-member is every flavour. */
export const HOLDER_FLAVORS: Record<Exclude<FrontendIpHolder, 'every-member'>, readonly Flavor[]> = {
  'cluster-windows': ['windows-powershell'],
  'cluster-pacemaker': ['rhel', 'suse', 'linux-networkd', 'ubuntu'],
  appliance: ['ubuntu', 'rhel', 'suse', 'linux-networkd', 'windows-powershell'],
};

/** Learn pages each holder's script follows, for diagnostics and headers. */
export const HOLDER_SOURCES: Record<Exclude<FrontendIpHolder, 'every-member'>, string> = {
  'cluster-windows':
    'https://learn.microsoft.com/azure/azure-sql/virtual-machines/windows/availability-group-load-balancer-portal-configure',
  'cluster-pacemaker': 'https://learn.microsoft.com/azure/sap/workloads/high-availability-guide-rhel',
  appliance: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-ha-ports-overview',
};

/** The Learn page a holder's script follows for a flavour: Pacemaker on RHEL (pcs) or SUSE (crm) has a guide each. */
export function procedureSource(holder: Exclude<FrontendIpHolder, 'every-member'>, flavor: Flavor): string {
  return holder === 'cluster-pacemaker' && flavor !== 'rhel'
    ? 'https://learn.microsoft.com/azure/sap/workloads/high-availability-guide-suse'
    : HOLDER_SOURCES[holder];
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
    return [
      scriptDiagnostic(
        'MixedFrontendIpHolders',
        [vm],
        { key: 'script.MixedFrontendIpHolders', params: { vm: JSON.stringify(plan.vm.name), holders } },
        SOURCES.floatplan,
      ),
    ];
  }
  if (holder === 'every-member') return [];
  const out: ScriptDiagnostic[] = [];
  const allowed = HOLDER_FLAVORS[holder];
  if (!allowed.includes(o.flavor)) {
    const pool = plan.pools.join(', ');
    out.push(
      scriptDiagnostic(
        'HolderUnsupportedFlavor',
        [vm],
        {
          key: 'script.HolderUnsupportedFlavor',
          params: { pool: JSON.stringify(pool), holder, flavor: o.flavor, flavors: allowed.join(', ') },
        },
        HOLDER_SOURCES[holder],
      ),
    );
  }
  if (o.docExact) {
    const pool = JSON.stringify(plan.pools.join(', '));
    out.push(
      scriptDiagnostic(
        'HolderUnsupportedFlavor',
        [vm],
        { key: 'script.HolderUnsupportedFlavor.docExact', params: { pool, holder } },
        HOLDER_SOURCES[holder],
      ),
    );
  }
  for (const c of plan.cluster) out.push(...checkClusterFrontend(c));
  out.push(...checkNames(plan, o, holder));
  return out;
}

function checkClusterFrontend(c: ClusterFrontend): ScriptDiagnostic[] {
  const refs: ElementRef[] = [
    { kind: 'frontend', name: c.frontend },
    { kind: 'backendPool', name: c.pool },
  ];
  const [frontend, pool] = [JSON.stringify(c.frontend), JSON.stringify(c.pool)];
  const out: ScriptDiagnostic[] = [];
  if (c.holder === 'cluster-windows' && c.family === 6) {
    out.push(
      scriptDiagnostic(
        'HolderUnsupportedFlavor',
        refs,
        { key: 'script.HolderUnsupportedFlavor.ipv6', params: { frontend, pool } },
        HOLDER_SOURCES['cluster-windows'],
      ),
    );
  }
  if (c.unprobedRules.length) {
    const rule = JSON.stringify(c.unprobedRules[0]!);
    out.push(
      scriptDiagnostic(
        'ClusterProbeUnclear',
        [...refs, { kind: 'rule', name: c.unprobedRules[0]! }],
        { key: 'script.ClusterProbeUnclear.none', params: { rule, pool, frontend, ip: c.ip } },
        HOLDER_SOURCES[c.holder],
      ),
    );
  } else if (c.probes.length > 1) {
    const probes = c.probes.map((p) => `${JSON.stringify(p.name)} (${p.port})`).join(', ');
    out.push(
      scriptDiagnostic(
        'ClusterProbeUnclear',
        [...refs, ...c.probes.map((p): ElementRef => ({ kind: 'probe', name: p.name }))],
        { key: 'script.ClusterProbeUnclear.several', params: { pool, frontend, probes, ip: c.ip } },
        HOLDER_SOURCES[c.holder],
      ),
    );
  }
  return out;
}

type NameWhat = 'clusterNetwork' | 'ipResource' | 'clusterGroup' | 'frontendOption';

function checkNames(plan: VmPlan, o: ScriptOptions, holder: FrontendIpHolder): ScriptDiagnostic[] {
  const values: [NameWhat, string, Text | undefined][] = [];
  const frontends = new Set(plan.cluster.map((c) => c.frontend));
  if (holder === 'cluster-windows') {
    if (o.clusterNetwork !== undefined)
      values.push([
        'clusterNetwork',
        o.clusterNetwork,
        controlCharReason(o.clusterNetwork) ?? (o.clusterNetwork.trim() === '' ? EMPTY : undefined),
      ]);
    for (const [fe, name] of Object.entries(o.ipResources ?? {})) {
      if (!frontends.has(fe)) values.push(['frontendOption', fe, NO_FRONTEND]);
      values.push(['ipResource', name, controlCharReason(name) ?? (name.trim() === '' ? EMPTY : undefined)]);
    }
  }
  if (holder === 'cluster-pacemaker') {
    for (const [fe, name] of Object.entries(o.clusterGroups ?? {})) {
      if (!frontends.has(fe)) values.push(['frontendOption', fe, NO_FRONTEND]);
      values.push(['clusterGroup', name, PACEMAKER_ID.test(name) ? undefined : PACEMAKER_WHY]);
    }
  }
  return values
    .filter(([, , why]) => why !== undefined)
    .map(([what, value, why]) =>
      scriptDiagnostic(
        'InvalidClusterName',
        [{ kind: 'vm', name: plan.vm.name }],
        { key: 'script.InvalidClusterName', params: { what: { key: `script.what.${what}` }, value: JSON.stringify(value), why: why! } },
        SOURCES.floatplan,
      ),
    );
}

const PACEMAKER_WHY: Text = { key: 'script.why.pacemakerId' };
const NO_FRONTEND: Text = { key: 'script.why.noFrontend' };
const EMPTY: Text = { key: 'script.why.empty' };
