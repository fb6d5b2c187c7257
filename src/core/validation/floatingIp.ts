import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { RuleRun } from '../mapping/mapping';
import { isHaPorts } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import { listNames, ref } from './refs';

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
    out.push(diagnostic('error', 'FloatingIpOnSecondaryIpConfig',
      [ref('rule', rule), ...[...new Set(vms)].sort().map((v) => ref('vm', v))],
      `Rule ${rule} has floating IP enabled but reaches secondary IP configurations ${listNames(members)}. ` +
        "Floating IP can't be used on secondary IP configurations: put the VM's primary IP in the pool, or add a second NIC. " +
        '(Exceptions: the IPv6 configuration of a dual-stack VM behind a public load balancer, and VMs using a NAT Gateway for outbound.)',
      SOURCES.floatingIp));
  }

  for (const rule of index.topology.rules) {
    if (!rule.floatingIp) continue;
    const r = ref('rule', rule.name);
    const fe = index.frontendIps.get(rule.frontend)?.text ?? rule.frontend;
    if (!isHaPorts(rule) && rule.backendPort !== rule.frontendPort) {
      out.push(diagnostic('warning', 'BackendPortDiffersWithFloatingIp', [r],
        `Rule ${rule.name} has floating IP with frontend port ${rule.frontendPort} but backend port ${rule.backendPort}. ` +
          'The Load Balancer docs allow this (the VM then receives the frontend IP on the backend port), but the SQL Server ' +
          'docs say the backend port is ignored with floating IP. Use the same port on both sides unless you have tested it.',
        SOURCES.multivip));
    }
    out.push(diagnostic('info', 'FloatingIpGuestConfigRequired', [r],
      `Rule ${rule.name} uses floating IP: every VM in its pool must hold ${fe} on a loopback interface, accept traffic ` +
        'for it (weak host model on Windows), and allow the port in its firewall. Azure does not do this for you.',
      SOURCES.floatingIp));
    out.push(diagnostic('info', 'FloatingIpOutboundLimitation', [r],
      `Rule ${rule.name} uses floating IP: connections the VMs open themselves must leave from the NIC's primary IP. ` +
        `A flow sourced from ${fe} on the loopback is not rewritten by Azure and fails.`,
      SOURCES.floatingIp));
  }
}
