import type { Rule } from '../topology/schema';

export const RULE_PROTOCOLS = ['Tcp', 'Udp', 'All'] as const;
export type RuleProtocol = (typeof RULE_PROTOCOLS)[number];
export const PROBE_PROTOCOLS = ['Tcp', 'Http', 'Https'] as const;

/** True for a known rule protocol, spelled as Azure spells it. */
export function isRuleProtocol(p: string): p is RuleProtocol {
  return (RULE_PROTOCOLS as readonly string[]).includes(p);
}

/**
 * The transport protocols a rule protocol covers; `All` covers both, an unknown one nothing.
 * @example transports('All') // ['Tcp', 'Udp']
 */
export function transports(p: string): readonly ('Tcp' | 'Udp')[] {
  if (p === 'All') return ['Tcp', 'Udp'];
  if (p === 'Tcp' || p === 'Udp') return [p];
  return [];
}

/** An HA-ports rule balances every port and protocol: protocol `All` with ports 0/0. */
export function isHaPorts(rule: Pick<Rule, 'protocol' | 'frontendPort' | 'backendPort'>): boolean {
  return rule.protocol === 'All' && rule.frontendPort === 0 && rule.backendPort === 0;
}

/**
 * Azure allows an HA-ports rule and a non-HA-ports rule to overlap on one frontend or ipconfig
 * only when both have floating IP enabled (HA ports overview, limitations).
 */
export function isHaPortsFloatingException(a: Rule, b: Rule): boolean {
  return a.floatingIp && b.floatingIp && isHaPorts(a) !== isHaPorts(b);
}
