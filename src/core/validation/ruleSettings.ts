import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { TopologyIndex } from '../model/resolve';
import { text } from './catalogText';
import { ref } from './refs';
import type { InboundNatRule, Rule } from '../topology/schema';

// The texts of the settings both kinds of rule share: the idle timeout page gives NAT rules the same 4-100 minutes as
// load-balancing rules, and TCP reset means nothing to UDP for either.
const SHARED_TEXTS = {
  rule: { idle: 'IdleTimeoutOutOfRange', tcpReset: 'TcpResetOnUdp' },
  natRule: { idle: 'IdleTimeoutOutOfRange.natRule', tcpReset: 'TcpResetOnUdp.natRule' },
} as const;

/** Idle timeout, TCP reset and probe settings of each rule, and idle timeout and TCP reset of each inbound NAT rule. */
export function checkRuleSettings(index: TopologyIndex, out: Diagnostic[]): void {
  for (const rule of index.topology.rules) {
    checkShared('rule', rule, out);
    // A Global load balancer probes its regional load balancers itself and takes no probe (GlobalProbeNotSupported).
    if (rule.probe === undefined && index.topology.loadBalancer.tier !== 'Global') {
      out.push(diagnostic('warning', 'NoProbe', [ref('rule', rule.name)], text('NoProbe', { rule: rule.name }), SOURCES.probes));
    }
  }
  for (const nat of index.topology.inboundNatRules ?? []) checkShared('natRule', nat, out);
}

/** The idle timeout and TCP reset of one load-balancing or inbound NAT rule. */
function checkShared(kind: keyof typeof SHARED_TEXTS, rule: Rule | InboundNatRule, out: Diagnostic[]): void {
  const r = [ref(kind, rule.name)];
  const idle = rule.idleTimeoutMinutes;
  // Azure refuses values outside 4-100 on Standard, so this is an error rather than a warning.
  if (idle !== undefined && (idle < 4 || idle > 100)) {
    out.push(
      diagnostic(
        'error',
        'IdleTimeoutOutOfRange',
        r,
        text(SHARED_TEXTS[kind].idle, { rule: rule.name, minutes: idle }),
        SOURCES.idleTimeout,
      ),
    );
  }
  if (rule.enableTcpReset && rule.protocol === 'Udp') {
    out.push(diagnostic('warning', 'TcpResetOnUdp', r, text(SHARED_TEXTS[kind].tcpReset, { rule: rule.name }), SOURCES.tcpReset));
  }
}
