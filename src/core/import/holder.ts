// Who holds each pool's frontend IP in the guests (docs/topology-format.md): Azure has no such field, so it is read
// from what a definition says about the workload, and left at the default, with a note, where it says too little.
import { isHaPorts } from '../model/protocol';
import type { BackendPool, FrontendIpHolder, Rule, LbTopology, Vm } from '../topology/schema';
import { itext, type ImportText } from './text';

/** What a definition says about the workload behind its pools; every importer gathers it in its own way. */
export interface HolderEvidence {
  /** VMs whose NIC has IP forwarding enabled (ARM `enableIPForwarding`, azurerm `ip_forwarding_enabled`). */
  forwardingVms: ReadonlySet<string>;
  /** VMs created from a SQL Server image (publisher MicrosoftSQLServer). */
  sqlImageVms: ReadonlySet<string>;
  /** VMs whose OS is a default, not stated by the definition: their OS says nothing about the cluster type. */
  defaultedOsVms?: ReadonlySet<string>;
  /** Type of a resource that declares a SQL Server availability group or its cluster, if the definition has one. */
  sqlClusterResource?: string;
  /** The guest OS a template parameter names (the SAP templates' `osType`), for pools whose VMs are not in the definition. */
  declaredOs?: 'windows' | 'linux';
  /**
   * Holders a Floatplan export states, by pool name. Present only for Floatplan's own exports, which list every pool
   * once any holder is not the default: a pool not in it is every-member, never inferred.
   */
  stated?: ReadonlyMap<string, FrontendIpHolder>;
}

/** SQL Server's default port, which Microsoft's availability group listener procedure balances with its own probe port. */
const SQL_PORT = 1433;

/**
 * Probe ports of Microsoft's SAP high-availability guides: 620nn ASCS, 621nn ERS, 625nn HANA (nn = instance number).
 * @example isSapProbePort(62101) // true
 */
export function isSapProbePort(port: number): boolean {
  return (port >= 62000 && port <= 62199) || (port >= 62500 && port <= 62599);
}

const memberVm = (m: BackendPool['members'][number]) => (typeof m === 'string' ? m : m.vm);
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * The topology with `frontendIpHolder` set where the evidence says so, and one note per pool explaining each
 * inference or why an ambiguous pool kept the default.
 * @example inferHolders(t, { forwardingVms: new Set(['nva1', 'nva2']), sqlImageVms: new Set() }).topology.backendPools[0].frontendIpHolder // 'appliance'
 */
export function inferHolders(topology: LbTopology, evidence: HolderEvidence): { topology: LbTopology; notes: ImportText[] } {
  const notes: ImportText[] = [];
  // Indexed once, so a large import stays linear in its pools, rules and VMs.
  const facts: Facts = {
    rulesByPool: new Map(),
    osByVm: new Map(topology.vms.map((v) => [v.name, v.os])),
    probePorts: new Map(topology.probes.map((p) => [p.name, p.port])),
  };
  for (const r of topology.rules) {
    const list = facts.rulesByPool.get(r.backendPool);
    if (list) list.push(r);
    else facts.rulesByPool.set(r.backendPool, [r]);
  }
  const backendPools = topology.backendPools.map((pool) => {
    if (evidence.stated) return withHolder(pool, evidence.stated.get(pool.name) ?? 'every-member');
    const holder = inferPool(topology, facts, pool, evidence, notes);
    return holder === undefined ? pool : withHolder(pool, holder);
  });
  return { topology: { ...topology, backendPools }, notes };
}

/** The pool with the holder in schema order; every-member is the default and is left out. */
function withHolder(pool: BackendPool, holder: FrontendIpHolder): BackendPool {
  const { frontendIpHolder: _, ...rest } = pool;
  return holder === 'every-member' ? rest : { ...rest, frontendIpHolder: holder };
}

interface Facts {
  rulesByPool: Map<string, Rule[]>;
  osByVm: Map<string, Vm['os']>;
  probePorts: Map<string, number>;
}

function inferPool(
  topology: LbTopology,
  facts: Facts,
  pool: BackendPool,
  evidence: HolderEvidence,
  notes: ImportText[],
): FrontendIpHolder | undefined {
  const vms = [...new Set(pool.members.map(memberVm))];
  const rules = facts.rulesByPool.get(pool.name) ?? [];
  const forwarding = vms.filter((v) => evidence.forwardingVms.has(v));
  if (vms.length > 0 && forwarding.length === vms.length) {
    notes.push(itext('holder.appliance', { pool: pool.name, vms: quoted(forwarding) }));
    return 'appliance';
  }
  if (forwarding.length > 0) {
    notes.push(itext('holder.forwardingSome', { pool: pool.name, vms: quoted(forwarding) }));
    return undefined;
  }
  const evidenceText = clusterEvidence(topology, facts, rules, vms, evidence);
  if (evidenceText) {
    const oses = new Set(
      vms
        .filter((v) => !evidence.defaultedOsVms?.has(v))
        .map((v) => facts.osByVm.get(v))
        .filter((o) => o !== undefined)
        .map((o) => (o === 'windows' ? 'windows' : 'linux')),
    );
    if (oses.size > 1) {
      notes.push(itext('holder.mixedOs', { pool: pool.name, evidence: evidenceText.text }));
      return undefined;
    }
    if (oses.size === 0 && evidence.declaredOs) oses.add(evidence.declaredOs);
    // Windows members run WSFC, Linux members Pacemaker; without members the workload decides (SAP guides: Pacemaker).
    const windows = oses.has('windows') || (oses.size === 0 && !evidenceText.sap);
    const holder = windows ? 'cluster-windows' : 'cluster-pacemaker';
    notes.push(
      itext('holder.cluster', {
        pool: pool.name,
        evidence: evidenceText.text,
        cluster: itext(windows ? 'holder.wsfc' : 'holder.pacemaker'),
        holder,
      }),
    );
    return holder;
  }
  const ha = rules.find((r) => isHaPorts(r));
  if (ha && vms.length > 0) notes.push(itext('holder.haPortsNoForwarding', { pool: pool.name, rule: ha.name }));
  return undefined;
}

/** Why the pool looks clustered (SQL Server or SAP), as a text, or undefined when nothing says so. */
function clusterEvidence(
  topology: LbTopology,
  facts: Facts,
  rules: readonly Rule[],
  vms: readonly string[],
  evidence: HolderEvidence,
): { text: ImportText; sap: boolean } | undefined {
  const sqlVms = vms.filter((v) => evidence.sqlImageVms.has(v));
  if (sqlVms.length > 0) return { text: itext('holder.evidence.sqlImage', { vms: quoted(sqlVms) }), sap: false };
  if (evidence.sqlClusterResource && rules.length > 0)
    return { text: itext('holder.evidence.sqlResource', { type: evidence.sqlClusterResource }), sap: false };
  const probePort = (name: string | undefined) => (name === undefined ? undefined : facts.probePorts.get(name));
  // A dedicated probe port is what marks the listener: a probe on 1433 itself is answered by every member.
  const listener = rules.find(
    (r) => r.backendPort === SQL_PORT && r.protocol !== 'Udp' && probePort(r.probe) !== undefined && probePort(r.probe) !== SQL_PORT,
  );
  if (listener) return { text: itext('holder.evidence.sqlPort', { rule: listener.name, port: probePort(listener.probe)! }), sap: false };
  // A fragment's rules may be unresolved: a lone pool then owns the template's probes.
  const probes =
    rules.length > 0
      ? rules.filter((r) => r.floatingIp).map((r) => probePort(r.probe))
      : topology.backendPools.length === 1
        ? topology.probes.map((p) => p.port)
        : [];
  const sap = probes.find((p): p is number => p !== undefined && isSapProbePort(p));
  if (sap !== undefined) return { text: itext('holder.evidence.sapProbe', { port: sap }), sap: true };
  return undefined;
}
