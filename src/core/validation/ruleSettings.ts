import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { TopologyIndex } from '../model/resolve';
import { text } from './catalogText';
import { ref } from './refs';

/** Idle timeout, TCP reset and probe settings of each rule, and idle timeout and TCP reset of each inbound NAT rule. */
export function checkRuleSettings(index: TopologyIndex, out: Diagnostic[]): void {
  for (const rule of index.topology.rules) {
    const r = [ref('rule', rule.name)];
    const idle = rule.idleTimeoutMinutes;
    // Azure refuses values outside 4-100 on Standard, so this is an error rather than a warning.
    if (idle !== undefined && (idle < 4 || idle > 100)) {
      out.push(
        diagnostic(
          'error',
          'IdleTimeoutOutOfRange',
          r,
          text('IdleTimeoutOutOfRange', { rule: rule.name, minutes: idle }),
          SOURCES.idleTimeout,
        ),
      );
    }
    if (rule.enableTcpReset && rule.protocol === 'Udp') {
      out.push(diagnostic('warning', 'TcpResetOnUdp', r, text('TcpResetOnUdp', { rule: rule.name }), SOURCES.tcpReset));
    }
    if (rule.probe === undefined) {
      out.push(diagnostic('warning', 'NoProbe', r, text('NoProbe', { rule: rule.name }), SOURCES.probes));
    }
  }
  // The idle timeout page gives NAT rules the same 4-100 minutes as load-balancing rules.
  for (const nat of index.topology.inboundNatRules ?? []) {
    const r = [ref('natRule', nat.name)];
    const idle = nat.idleTimeoutMinutes;
    if (idle !== undefined && (idle < 4 || idle > 100)) {
      out.push(
        diagnostic(
          'error',
          'IdleTimeoutOutOfRange',
          r,
          text('IdleTimeoutOutOfRange.natRule', { rule: nat.name, minutes: idle }),
          SOURCES.idleTimeout,
        ),
      );
    }
    if (nat.enableTcpReset && nat.protocol === 'Udp') {
      out.push(diagnostic('warning', 'TcpResetOnUdp', r, text('TcpResetOnUdp.natRule', { rule: nat.name }), SOURCES.tcpReset));
    }
  }
}
