import { isHaPorts } from '../model/protocol';
import type { Rule } from '../topology/schema';

const FLOATING = 2;
const HA_PORTS = 1;

/** A rule's kind for the collision finder: floating IP and HA ports are what Azure's exception depends on. */
export function ruleKind(rule: Rule): number {
  return (rule.floatingIp ? FLOATING : 0) + (isHaPorts(rule) ? HA_PORTS : 0);
}

/**
 * Whether rules of two kinds collide when they overlap: always, except an HA-ports rule beside a non-HA-ports
 * rule when both have floating IP (HA ports overview, limitations; see isHaPortsFloatingException).
 */
export function ruleKindsCollide(a: number, b: number): boolean {
  return !((a & FLOATING) !== 0 && (b & FLOATING) !== 0 && (a & HA_PORTS) !== (b & HA_PORTS));
}

/** Inbound NAT rules (kind 0) collide with anything; two load-balancing rules (kind 1) are another check's business. */
export function natKindsCollide(a: number, b: number): boolean {
  return a === 0 || b === 0;
}
