import type { Rule } from '../../core/topology/schema';
import type { CanvasNodeData } from './toFlow';
import type { NodeStatus } from './status';

/** True for an HA-ports rule: protocol All on ports 0/0. */
export function isHaPorts(rule: Rule): boolean {
  return rule.protocol === 'All' && rule.frontendPort === 0 && rule.backendPort === 0;
}

/**
 * The rule's ports in one phrase.
 * @example portsLabel(rule) // 'TCP 80 → 8080'
 */
export function portsLabel(rule: Rule): string {
  if (isHaPorts(rule)) return 'HA ports';
  return `${rule.protocol.toUpperCase()} ${rule.frontendPort} → ${rule.backendPort}`;
}

/** How many members a pool has, in words. */
export function membersLabel(count: number): string {
  return count === 1 ? '1 member' : `${count} members`;
}

/** Error and warning counts in words, e.g. "1 error, 2 warnings"; empty when clean. */
export function statusLabel(s: NodeStatus): string {
  const parts: string[] = [];
  if (s.errors) parts.push(s.errors === 1 ? '1 error' : `${s.errors} errors`);
  if (s.warnings) parts.push(s.warnings === 1 ? '1 warning' : `${s.warnings} warnings`);
  return parts.join(', ');
}

/**
 * The node's accessible name.
 * @example nodeLabel(data) // 'Frontend FIP1, 65.52.0.1, 1 error'
 */
export function nodeLabel(d: CanvasNodeData): string {
  const facts: string[] = [];
  switch (d.kind) {
    case 'frontend':
      facts.push(`Frontend ${d.element.name}`, d.element.ip);
      break;
    case 'rule':
      facts.push(`Rule ${d.element.name}`, portsLabel(d.element), `floating IP ${d.element.floatingIp ? 'on' : 'off'}`);
      break;
    case 'backendPool':
      facts.push(`Backend pool ${d.element.name}`, membersLabel(d.element.members.length));
      break;
    case 'vm':
      facts.push(`VM ${d.element.name}`, d.element.os, d.element.nic.ip);
      break;
  }
  const status = statusLabel(d.status);
  if (status) facts.push(status);
  return facts.join(', ');
}
