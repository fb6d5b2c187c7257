import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { RuleRun } from '../mapping/mapping';
import type { NatMappingRow } from '../mapping/natMapping';
import { resolvePool, type TopologyIndex } from '../model/resolve';
import type { LoadBalancer, Rule } from '../topology/schema';
import { text } from './catalogText';
import { ref } from './refs';

/** Azure's published limits per SKU (Gateway inherits Standard's). */
export const LIMITS = {
  Standard: { frontends: 600, rules: 1500, poolSize: 5000, rulesPerNic: 300, ipConfigsPerFrontend: 10000, ipConfigsAllFrontends: 500000 },
  Gateway: { frontends: 600, rules: 1500, poolSize: 5000, rulesPerNic: 300, ipConfigsPerFrontend: 10000, ipConfigsAllFrontends: 500000 },
  // Basic's table lists neither backend IP configuration limit; its 250 rules on pools of 300 never reach Standard's.
  Basic: { frontends: 200, rules: 250, poolSize: 300, rulesPerNic: 300, ipConfigsPerFrontend: 10000, ipConfigsAllFrontends: 500000 },
} as const satisfies Record<LoadBalancer['sku'], Record<string, number>>;

/**
 * FrontendLimitExceeded, RuleLimitExceeded, BackendPoolSizeExceeded, RulesPerNicExceeded, BackendIpConfigsPerFrontendExceeded,
 * BackendIpConfigsAcrossFrontendsExceeded. Inbound NAT rules count towards the rules per load balancer and per NIC, as
 * the limits table says; load-balancing, inbound NAT and outbound rules all count towards the backend IP configurations
 * of their frontends ("aggregated across all load balancer rules": each rule and IP configuration it reaches is one).
 */
export function checkLimits(
  index: TopologyIndex,
  runs: readonly RuleRun[],
  out: Diagnostic[],
  natRows: readonly NatMappingRow[] = [],
): void {
  const t = index.topology;
  const lb = t.loadBalancer;
  const limit = LIMITS[lb.sku];
  const lbRef = [ref('loadBalancer', lb.name)];
  const sku = lb.sku;
  if (t.frontends.length > limit.frontends) {
    out.push(
      diagnostic(
        'error',
        'FrontendLimitExceeded',
        lbRef,
        text('FrontendLimitExceeded', { lb: lb.name, count: t.frontends.length, sku, limit: limit.frontends }),
        SOURCES.limits,
      ),
    );
  }
  const ruleCount = t.rules.length + (t.inboundNatRules?.length ?? 0);
  if (ruleCount > limit.rules) {
    out.push(
      diagnostic(
        'error',
        'RuleLimitExceeded',
        lbRef,
        text('RuleLimitExceeded', { lb: lb.name, count: ruleCount, sku, limit: limit.rules }),
        SOURCES.limits,
      ),
    );
  }
  for (const pool of t.backendPools) {
    if (pool.members.length > limit.poolSize) {
      out.push(
        diagnostic(
          'error',
          'BackendPoolSizeExceeded',
          [ref('backendPool', pool.name)],
          text('BackendPoolSizeExceeded', { pool: pool.name, count: pool.members.length, sku, limit: limit.poolSize }),
          SOURCES.limits,
        ),
      );
    }
  }
  // Per rule run: each member's NIC gains one rule (once, even with two ipconfigs in the pool),
  // and the rule's frontend gains one backend ipconfig per member.
  const nicRules = new Int32Array(index.vms.size);
  const nicLast: (Rule | undefined)[] = new Array(index.vms.size);
  const perFrontend = new Map<string, number>();
  for (const run of runs) {
    for (const config of run.members) {
      if (nicLast[config.vmId] === run.rule) continue;
      nicLast[config.vmId] = run.rule;
      nicRules[config.vmId]!++;
    }
    perFrontend.set(run.frontend, (perFrontend.get(run.frontend) ?? 0) + run.members.length);
  }
  // A NAT rule reaches one ipconfig, so its NIC gains exactly one rule and its frontend one backend ipconfig.
  for (const row of natRows) {
    nicRules[row.config.vmId]!++;
    perFrontend.set(row.frontend, (perFrontend.get(row.frontend) ?? 0) + 1);
  }
  // An outbound rule counts once per NIC however many of its frontends reach it.
  const nicOutbound: unknown[] = new Array(index.vms.size);
  for (const { rule, frontend, members } of outboundDeliveries(index)) {
    for (const config of members) {
      if (nicOutbound[config.vmId] === rule) continue;
      nicOutbound[config.vmId] = rule;
      nicRules[config.vmId]!++;
    }
    perFrontend.set(frontend, (perFrontend.get(frontend) ?? 0) + members.length);
  }
  let acrossFrontends = 0;
  for (const count of perFrontend.values()) acrossFrontends += count;
  if (acrossFrontends > limit.ipConfigsAllFrontends) {
    out.push(
      diagnostic(
        'error',
        'BackendIpConfigsAcrossFrontendsExceeded',
        lbRef,
        text('BackendIpConfigsAcrossFrontendsExceeded', { lb: lb.name, count: acrossFrontends, limit: limit.ipConfigsAllFrontends }),
        SOURCES.limits,
      ),
    );
  }
  const vmNames = [...index.vms.keys()];
  const perNic = vmNames.map((name, i) => [name, nicRules[i]!] as const);
  // Each NIC's rules and each frontend's backend ipconfigs, against their limits.
  const perElement = [
    { counts: perNic, max: limit.rulesPerNic, code: 'RulesPerNicExceeded', kind: 'vm' },
    { counts: perFrontend, max: limit.ipConfigsPerFrontend, code: 'BackendIpConfigsPerFrontendExceeded', kind: 'frontend' },
  ] as const;
  for (const { counts, max, code, kind } of perElement) {
    for (const [name, count] of counts) {
      if (count <= max) continue;
      out.push(diagnostic('error', code, [ref(kind, name)], text(code, { [kind]: name, count, limit: max }), SOURCES.limits));
    }
  }
}

/** The part of an outbound rule the limits read; read loosely so the limits never depend on the rest of its shape. */
interface OutboundLike {
  frontends?: readonly string[];
  backendPool?: string;
}

/**
 * The hook for outbound rules in the limits: for each outbound rule and each of its frontends, the pool members it
 * reaches (per NIC one rule, per frontend one backend IP configuration each). Empty without `outboundRules`.
 */
function outboundDeliveries(index: TopologyIndex): { rule: object; frontend: string; members: readonly { vmId: number }[] }[] {
  const rules = (index.topology as { outboundRules?: readonly OutboundLike[] }).outboundRules ?? [];
  const out: { rule: object; frontend: string; members: readonly { vmId: number }[] }[] = [];
  for (const rule of rules) {
    const pool = rule.backendPool === undefined ? undefined : index.pools.get(rule.backendPool);
    if (!pool) continue;
    for (const frontend of new Set(rule.frontends ?? [])) {
      const ip = index.frontendIps.get(frontend);
      if (ip) out.push({ rule, frontend, members: resolvePool(index, pool, ip.family).members });
    }
  }
  return out;
}
