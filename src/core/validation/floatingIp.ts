import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { RuleRun } from '../mapping/mapping';
import type { NatMappingRow } from '../mapping/natMapping';
import { isHaPorts } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import { deliversThroughTunnels } from '../model/tunnel';
import { names, text, type Text } from './catalogText';
import { frontendIpHolder, isCluster } from '../model/holder';
import type { FrontendIpHolder } from '../topology/schema';
import { ref } from './refs';

/** Floating IP restrictions and reminders from the Floating IP page. */
export function checkFloatingIp(index: TopologyIndex, runs: readonly RuleRun[], out: Diagnostic[]): void {
  const isPublic = index.topology.loadBalancer.type === 'Public';
  const secondary = new Map<string, Set<string>>();
  for (const run of runs) {
    if (!run.rule.floatingIp) continue;
    for (const config of run.members) {
      if (config.primary) continue;
      // Documented exceptions: the IPv6 ipconfig of a dual-stack VM behind a public LB, and NAT Gateway outbound.
      if (isPublic && config.ip.family === 6) continue;
      if (config.vm.natGateway) continue;
      let set = secondary.get(run.rule.name);
      if (!set) secondary.set(run.rule.name, (set = new Set()));
      set.add(`${config.vm.name} (${config.ip.text})`);
    }
  }
  for (const [rule, members] of secondary) {
    const vms = [...members].map((m) => m.slice(0, m.indexOf(' (')));
    out.push(
      diagnostic(
        'error',
        'FloatingIpOnSecondaryIpConfig',
        [ref('rule', rule), ...[...new Set(vms)].sort().map((v) => ref('vm', v))],
        text('FloatingIpOnSecondaryIpConfig', { rule, members: names(members) }),
        SOURCES.floatingIp,
      ),
    );
  }

  // A Gateway load balancer tunnels to the appliances' own IPs: no guest holds the frontend IP, nothing to remind.
  const tunnel = deliversThroughTunnels(index.topology);
  for (const rule of index.topology.rules) {
    if (!rule.floatingIp || tunnel) continue;
    const r = ref('rule', rule.name);
    const fe = index.frontendIps.get(rule.frontend)?.text ?? rule.frontend;
    if (!isHaPorts(rule) && rule.backendPort !== rule.frontendPort) {
      out.push(
        diagnostic(
          'warning',
          'BackendPortDiffersWithFloatingIp',
          [r],
          text('BackendPortDiffersWithFloatingIp', { rule: rule.name, frontendPort: rule.frontendPort, backendPort: rule.backendPort }),
          SOURCES.multivip,
        ),
      );
    }
    out.push(
      diagnostic('info', 'FloatingIpGuestConfigRequired', [r], guestConfigText(index, rule.name, rule.backendPool, fe), SOURCES.floatingIp),
    );
    // An appliance never holds the frontend IP, so it cannot source flows from it.
    const holder = holderOf(index, rule.backendPool);
    if (holder === 'appliance') continue;
    out.push(
      diagnostic(
        'info',
        'FloatingIpOutboundLimitation',
        [r],
        text(isCluster(holder) ? 'FloatingIpOutboundLimitation.cluster' : 'FloatingIpOutboundLimitation', { rule: rule.name, ip: fe }),
        SOURCES.floatingIp,
      ),
    );
  }
}

/** Who holds the frontend IP in a pool's guests; a missing pool (reported elsewhere) is the default. */
function holderOf(index: TopologyIndex, poolName: string): FrontendIpHolder {
  const pool = index.pools.get(poolName);
  return pool ? frontendIpHolder(pool) : 'every-member';
}

/** What the guests must do for a floating rule, by who holds the frontend IP in its pool (a loopback on every member by default). */
function guestConfigText(index: TopologyIndex, rule: string, poolName: string, ip: string): Text {
  const holder = holderOf(index, poolName);
  if (holder === 'appliance') return text('FloatingIpGuestConfigRequired.appliance', { rule, pool: poolName, ip });
  if (isCluster(holder)) {
    const cluster = text(holder === 'cluster-windows' ? 'holder.clusterWindows' : 'holder.clusterPacemaker');
    return text('FloatingIpGuestConfigRequired.cluster', { rule, pool: poolName, ip, cluster });
  }
  return text('FloatingIpGuestConfigRequired', { rule, ip });
}

/** The same restrictions and reminders for floating inbound NAT rules: their target is one ipconfig. */
export function checkNatFloatingIp(index: TopologyIndex, natRows: readonly NatMappingRow[], out: Diagnostic[]): void {
  const isPublic = index.topology.loadBalancer.type === 'Public';
  for (const row of natRows) {
    const config = row.config;
    if (!row.floatingIp || config.primary || (isPublic && config.ip.family === 6) || config.vm.natGateway) continue;
    out.push(
      diagnostic(
        'error',
        'FloatingIpOnSecondaryIpConfig',
        [ref('natRule', row.natRule), ref('vm', row.vm)],
        text('FloatingIpOnSecondaryIpConfig.natRule', { rule: row.natRule, member: `${row.vm} (${config.ip.text})` }),
        SOURCES.floatingIp,
      ),
    );
  }
  // One reminder per rule, connected or not, like load-balancing rules.
  for (const nat of index.topology.inboundNatRules ?? []) {
    if (!nat.floatingIp) continue;
    const r = [ref('natRule', nat.name)];
    const ip = index.frontendIps.get(nat.frontend)?.text ?? nat.frontend;
    out.push(
      diagnostic(
        'info',
        'FloatingIpGuestConfigRequired',
        r,
        text('FloatingIpGuestConfigRequired.natRule', { rule: nat.name, ip }),
        SOURCES.floatingIp,
      ),
    );
    out.push(
      diagnostic(
        'info',
        'FloatingIpOutboundLimitation',
        r,
        text('FloatingIpOutboundLimitation.natRule', { rule: nat.name, ip }),
        SOURCES.floatingIp,
      ),
    );
  }
}
