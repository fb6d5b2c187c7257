import { fill, type Locale } from '../../core/i18n/locale';
import type { InboundNatRule, Rule } from '../../core/topology/schema';
import { parseCanvasId } from './canvasIds';
import type { GroupData } from './groups';
import { messages } from './messages';
import type { CanvasNodeData } from './toFlow';
import type { NodeStatus } from './status';

type Key = keyof typeof messages.en;
const say = (locale: Locale, key: Key, params?: Record<string, string | number>) => fill(messages[locale][key], params);

/** True for an HA-ports rule: protocol All on ports 0/0. */
export function isHaPorts(rule: Rule): boolean {
  return rule.protocol === 'All' && rule.frontendPort === 0 && rule.backendPort === 0;
}

/**
 * The rule's ports in one phrase.
 * @example portsLabel(rule) // 'TCP 80 → 8080'
 */
export function portsLabel(rule: Rule, locale: Locale = 'en'): string {
  if (isHaPorts(rule)) return say(locale, 'haPorts');
  return `${rule.protocol.toUpperCase()} ${rule.frontendPort} → ${rule.backendPort}`;
}

/**
 * A NAT rule's ports in one phrase (no HA ports: a NAT rule always forwards one port).
 * @example natPortsLabel(natRule) // 'TCP 50001 → 3389'
 */
export function natPortsLabel(rule: Pick<InboundNatRule, 'protocol' | 'frontendPort' | 'backendPort'>): string {
  return `${rule.protocol.toUpperCase()} ${rule.frontendPort} → ${rule.backendPort}`;
}

/** How many members a pool has, in words. */
export function membersLabel(count: number, locale: Locale = 'en'): string {
  return count === 1 ? say(locale, 'members.one') : say(locale, 'members.other', { n: count });
}

/** Error and warning counts in words, e.g. "1 error, 2 warnings"; empty when clean. */
export function statusLabel(s: NodeStatus, locale: Locale = 'en'): string {
  const parts: string[] = [];
  if (s.errors) parts.push(s.errors === 1 ? say(locale, 'errors.one') : say(locale, 'errors.other', { n: s.errors }));
  if (s.warnings) parts.push(s.warnings === 1 ? say(locale, 'warnings.one') : say(locale, 'warnings.other', { n: s.warnings }));
  return parts.join(say(locale, 'listSeparator'));
}

/**
 * The node's accessible name.
 * @example nodeLabel(data) // 'Frontend FIP1, 65.52.0.1, 1 error'
 */
export function nodeLabel(d: CanvasNodeData, locale: Locale = 'en'): string {
  const facts: string[] = [say(locale, `label.${d.kind}`, { name: d.element.name })];
  switch (d.kind) {
    case 'frontend':
      facts.push(d.element.ip);
      break;
    case 'rule':
      facts.push(portsLabel(d.element, locale), say(locale, d.element.floatingIp ? 'labelFloatingOn' : 'labelFloatingOff'));
      break;
    case 'natRule':
      facts.push(natPortsLabel(d.element), say(locale, d.element.floatingIp ? 'labelFloatingOn' : 'labelFloatingOff'));
      break;
    case 'backendPool':
      facts.push(membersLabel(d.element.members.length, locale));
      break;
    case 'vm':
      facts.push(d.element.os, d.element.nic.ip);
      break;
  }
  const status = statusLabel(d.status, locale);
  if (status) facts.push(status);
  return facts.join(say(locale, 'listSeparator'));
}

/**
 * A wire's accessible name: its two ends (kind and name) and its state when not fine.
 * @example wireLabel('frontend:FIP1', 'rule:rule1', 'error') // 'Wire from frontend FIP1 to rule rule1, error'
 */
export function wireLabel(source: string, target: string, status: 'ok' | 'error' | 'warning', locale: Locale = 'en'): string {
  const from = parseCanvasId(source);
  const to = parseCanvasId(target);
  // A wire between two load balancers names them; one inside a load balancer does not need to.
  const across = from?.loadBalancer !== undefined && to?.loadBalancer !== undefined && from.loadBalancer !== to.loadBalancer;
  const end = (id: string) => {
    const r = parseCanvasId(id);
    if (!r) return id;
    const named = `${say(locale, `kind.${r.kind}`)} ${r.name}`;
    return across && r.loadBalancer !== undefined ? say(locale, 'wire.inLb', { end: named, lb: r.loadBalancer }) : named;
  };
  return status === 'ok'
    ? say(locale, 'wire', { from: end(source), to: end(target) })
    : say(locale, 'wireStatus', { from: end(source), to: end(target), status: say(locale, `wire.${status}`) });
}

/**
 * A load balancer frame's accessible name and title: its name, SKU, type and tier.
 * @example groupLabel({ name: 'ilb', sku: 'Standard', type: 'Internal', tier: 'Regional', focused: false }) // 'Load balancer ilb: Standard, Internal, Regional'
 */
export function groupLabel(d: GroupData, locale: Locale = 'en'): string {
  return say(locale, 'group.label', { name: d.name, facts: groupFacts(d, locale) });
}

/** A load balancer's SKU, type and tier in words. */
export function groupFacts(d: Pick<GroupData, 'sku' | 'type' | 'tier'>, locale: Locale = 'en'): string {
  return [
    say(locale, `group.sku.${d.sku}` as Key),
    say(locale, `group.type.${d.type}` as Key),
    say(locale, `group.tier.${d.tier}` as Key),
  ].join(say(locale, 'listSeparator'));
}
