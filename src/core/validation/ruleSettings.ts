import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { TopologyIndex } from '../model/resolve';
import { ref } from './refs';

/** Idle timeout, TCP reset and probe settings of each rule. */
export function checkRuleSettings(index: TopologyIndex, out: Diagnostic[]): void {
  for (const rule of index.topology.rules) {
    const r = [ref('rule', rule.name)];
    const idle = rule.idleTimeoutMinutes;
    // Azure refuses values outside 4-100 on Standard, so this is an error rather than a warning.
    if (idle !== undefined && (idle < 4 || idle > 100)) {
      out.push(diagnostic('error', 'IdleTimeoutOutOfRange', r,
        `Rule ${rule.name} has an idle timeout of ${idle} minutes; load-balancing rules accept 4 to 100 minutes (default 4).`,
        SOURCES.idleTimeout));
    }
    if (rule.enableTcpReset && rule.protocol === 'Udp') {
      out.push(diagnostic('warning', 'TcpResetOnUdp', r,
        `Rule ${rule.name} is Udp but enables TCP reset, which applies only to TCP flows and is ignored here. Turn it off.`,
        SOURCES.tcpReset));
    }
    if (rule.probe === undefined) {
      out.push(diagnostic('warning', 'NoProbe', r,
        `Rule ${rule.name} has no health probe, so Azure cannot take a failed VM out of rotation. ` +
          'Add a probe on a port the VM answers on its NIC IP (probes never target the frontend IP).',
        SOURCES.probes));
    }
  }
}
