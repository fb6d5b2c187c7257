// What the ARM and Terraform importers learn about the VMs behind a load balancer, in one shape.
import type { InboundNatRule, PoolMember, Vm } from '../topology/schema';

/** The VMs, who is in each pool, each NAT rule's target, and the evidence for inferring frontend IP holders. */
export interface VmMembership {
  vms: Vm[];
  /** Pool members, by the importer's key for the pool (ARM: its name; Terraform: its resource address). */
  members: Map<string, PoolMember[]>;
  /** The VM IP configuration each classic inbound NAT rule forwards to, by the importer's key for the rule; absent for a rule with none. */
  targets: Map<string, PoolMember>;
  /** VMs whose NIC has IP forwarding enabled: evidence of network virtual appliances. */
  forwarding: Set<string>;
  /** VMs created from a SQL Server image: evidence of a SQL Server cluster. */
  sqlImage: Set<string>;
  /** VMs whose OS the definition does not state (a default, no evidence of the workload). */
  defaultedOs: Set<string>;
}

/**
 * A NAT rule connected to `target` (none: left unconnected), in schema order (target before the optional timers),
 * so the imported JSON reads like a hand-written one.
 */
export function withNatTarget(rule: InboundNatRule, target: PoolMember | undefined): InboundNatRule {
  const { idleTimeoutMinutes, enableTcpReset, ...head } = rule;
  return {
    ...head,
    ...(target !== undefined ? { target } : {}),
    ...(idleTimeoutMinutes !== undefined ? { idleTimeoutMinutes } : {}),
    ...(enableTcpReset !== undefined ? { enableTcpReset } : {}),
  };
}
