import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { frontendIpHolder, isCluster } from '../model/holder';
import type { TopologyIndex } from '../model/resolve';
import type { BackendPool, FrontendIpHolder, Rule } from '../topology/schema';
import { names, text } from './catalogText';
import { ref } from './refs';
import { MAX_NAMED_RULES } from './texts';

// Microsoft's SAP high-availability guides set these on every load-balancing rule of an ASCS/ERS/HANA load balancer.
const SAP_IDLE_TIMEOUT = 30;
// Azure's default idle timeout when a rule does not set one.
const DEFAULT_IDLE_TIMEOUT = 4;

const memberVm = (m: BackendPool['members'][number]) => (typeof m === 'string' ? m : m.vm);
const sourceFor = (holder: FrontendIpHolder) => (holder === 'cluster-windows' ? SOURCES.sqlListener : SOURCES.sapPacemaker);
const holderText = (holder: FrontendIpHolder) => text(holder === 'cluster-windows' ? 'holder.clusterWindows' : 'holder.clusterPacemaker');

/**
 * Checks for pools whose frontend IP a cluster holds on its active node (WSFC, Pacemaker): one probe per clustered IP,
 * a probe port per clustered IP, floating IP on, the SAP guides' rule settings, and a second node. Linear in the rules.
 */
export function checkClusters(index: TopologyIndex, out: Diagnostic[]): void {
  // (frontend, pool) → the rules between them; (pool, probe port) → the frontends whose rules probe it.
  const byFrontend = new Map<string, { frontend: string; pool: string; holder: FrontendIpHolder; rules: Rule[] }>();
  const byPort = new Map<
    string,
    { pools: Set<string>; port: number; holder: FrontendIpHolder; frontends: Set<string>; probes: Set<string> }
  >();
  // Pools of the same nodes are one cluster (two listeners of one WSFC often get a pool each), so probes are
  // compared per set of member VMs, computed once per pool.
  const nodes = new Map<string, string>();
  const nodesOf = (pool: BackendPool) => {
    let key = nodes.get(pool.name);
    if (key === undefined)
      nodes.set(pool.name, (key = [...new Set(pool.members.map(memberVm))].sort().join('\u0000') || `\u0001${pool.name}`));
    return key;
  };
  for (const rule of index.topology.rules) {
    const pool = index.pools.get(rule.backendPool);
    if (!pool || !index.frontends.has(rule.frontend)) continue;
    const holder = frontendIpHolder(pool);
    if (!isCluster(holder)) continue;
    checkRule(index, rule, pool.name, holder, out);
    const key = `${rule.frontend}\u0000${pool.name}`;
    const group = byFrontend.get(key) ?? { frontend: rule.frontend, pool: pool.name, holder, rules: [] };
    group.rules.push(rule);
    byFrontend.set(key, group);
    const probe = rule.probe === undefined ? undefined : index.probes.get(rule.probe);
    if (!probe) continue;
    const portKey = `${nodesOf(pool)}\u0002${probe.port}`;
    const shared = byPort.get(portKey) ?? { pools: new Set(), port: probe.port, holder, frontends: new Set(), probes: new Set() };
    shared.pools.add(pool.name);
    shared.frontends.add(rule.frontend);
    shared.probes.add(probe.name);
    byPort.set(portKey, shared);
  }

  // The cluster moves one probe answer with the IP (the WSFC IP resource's ProbePort, Pacemaker's azure-lb), so a
  // rule probing anything else can be routed to a node that does not hold the frontend IP.
  for (const { frontend, pool, holder, rules } of byFrontend.values()) {
    const probes = new Set(rules.map((r) => r.probe ?? ''));
    if (probes.size < 2) continue;
    const ruleNames = rules.map((r) => r.name);
    const probeNames = [...probes].filter((p) => p !== '');
    out.push(
      diagnostic(
        'warning',
        'ClusterRulesUseDifferentProbes',
        [ref('frontend', frontend), ref('backendPool', pool), ...[...new Set(ruleNames)].sort().map((n) => ref('rule', n))],
        text(probes.has('') ? 'ClusterRulesUseDifferentProbes.someNone' : 'ClusterRulesUseDifferentProbes', {
          frontend,
          pool,
          rules: names(ruleNames, MAX_NAMED_RULES),
          probes: names(probeNames, MAX_NAMED_RULES),
          cluster: holderText(holder),
        }),
        sourceFor(holder),
      ),
    );
  }

  // "No two listeners can use the same probe port"; the listener's and the cluster core IP's probe ports must differ;
  // SAP gives ASCS and ERS their own 620nn/621nn ports. Two clusters in different pools may reuse a port.
  for (const { pools, port, holder, frontends, probes } of byPort.values()) {
    if (frontends.size < 2) continue;
    out.push(
      diagnostic(
        'warning',
        'ClusterProbePortShared',
        [
          ...[...pools].sort().map((p) => ref('backendPool', p)),
          ...[...frontends].sort().map((f) => ref('frontend', f)),
          ...[...probes].sort().map((p) => ref('probe', p)),
        ],
        text(pools.size > 1 ? 'ClusterProbePortShared.pools' : 'ClusterProbePortShared', {
          pool: names(pools),
          port,
          frontends: names(frontends, MAX_NAMED_RULES),
          cluster: holderText(holder),
        }),
        sourceFor(holder),
      ),
    );
  }

  for (const pool of index.topology.backendPools) {
    const holder = frontendIpHolder(pool);
    if (!isCluster(holder) || pool.members.length !== 1) continue;
    const member = pool.members[0]!;
    const vm = typeof member === 'string' ? member : member.vm;
    out.push(
      diagnostic(
        'info',
        'ClusterSingleMember',
        [ref('backendPool', pool.name), ref('vm', vm)],
        text('ClusterSingleMember', { pool: pool.name, vm, cluster: holderText(holder) }),
        sourceFor(holder),
      ),
    );
  }
}

/** One rule to a cluster pool: floating IP, and for Pacemaker the SAP guides' idle timeout and TCP reset. */
function checkRule(index: TopologyIndex, rule: Rule, pool: string, holder: FrontendIpHolder, out: Diagnostic[]): void {
  const r = [ref('rule', rule.name), ref('backendPool', pool)];
  if (!rule.floatingIp) {
    const ip = index.frontendIps.get(rule.frontend)?.text ?? rule.frontend;
    out.push(
      diagnostic(
        'warning',
        'ClusterFloatingIpDisabled',
        r,
        text('ClusterFloatingIpDisabled', { rule: rule.name, pool, ip, cluster: holderText(holder) }),
        sourceFor(holder),
      ),
    );
  }
  if (holder !== 'cluster-pacemaker') return;
  const idle = rule.idleTimeoutMinutes ?? DEFAULT_IDLE_TIMEOUT;
  // Out-of-range values are IdleTimeoutOutOfRange's error already.
  if (idle !== SAP_IDLE_TIMEOUT && idle >= 4 && idle <= 100) {
    out.push(
      diagnostic(
        'warning',
        'PacemakerIdleTimeout',
        r,
        text('PacemakerIdleTimeout', { rule: rule.name, pool, minutes: idle }),
        SOURCES.sapPacemaker,
      ),
    );
  }
  // TCP reset does nothing on Udp (TcpResetOnUdp says so), so the SAP advice applies to Tcp and All.
  if (!rule.enableTcpReset && rule.protocol !== 'Udp') {
    out.push(
      diagnostic(
        'warning',
        'PacemakerTcpResetDisabled',
        r,
        text('PacemakerTcpResetDisabled', { rule: rule.name, pool }),
        SOURCES.sapPacemaker,
      ),
    );
  }
}
