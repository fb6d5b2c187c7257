// One plan shared by all four formats, so they carry the same resources, the same skipped rules and
// the same notes: "same content" is by construction, not by four careful copies.
import { messageOf, type Diagnostic } from '../diagnostics/diagnostic';
import { parseIp } from '../net/address';
import type { BackendPool, InboundNatRule, PoolMember, Probe, Rule, LbTopology, Vm, FrontendRef } from '../topology/schema';
import { validate } from '../validation/analyze';
import { azureNameProblem } from './names';
import type { ExportNote } from './types';
import { frontendInputs, placeholderNotes } from './placeholders';

export interface PlannedFrontend {
  name: string;
  ip: string;
  /** IPv6 frontends need `privateIPAddressVersion: IPv6`; an unparseable address is written as given, as IPv4. */
  v6: boolean;
  /** The identifier stem of the required input that replaces a placeholder address (export/placeholders.ts). */
  input?: string;
  /** The Gateway load balancer's frontend this one is chained to (format v2). */
  gatewayLoadBalancer?: FrontendRef;
}

export interface PlannedRule {
  rule: Rule;
  /** The probe when it exists; a dangling probe reference is dropped with a note. */
  probe: string | undefined;
  idleTimeoutMinutes: number;
  enableTcpReset: boolean;
  loadDistribution: 'Default' | 'SourceIP' | 'SourceIPProtocol';
  disableOutboundSnat: boolean;
}

export interface PlannedNatRule {
  rule: InboundNatRule;
  idleTimeoutMinutes: number;
  enableTcpReset: boolean;
}

export interface PlannedProbe {
  probe: Probe;
  intervalInSeconds: number;
  probeThreshold: number;
  /** Only for Http/Https: the REST spec refuses a requestPath on a Tcp probe. */
  requestPath: string | undefined;
}

export interface ExportPlan {
  topologyName: string;
  description: string | undefined;
  lbName: string;
  internal: boolean;
  /** `Global` for a cross-region load balancer (its pools hold regional frontends); absent = Regional. */
  tier?: 'Global';
  frontends: PlannedFrontend[];
  pools: BackendPool[];
  probes: PlannedProbe[];
  rules: PlannedRule[];
  /** Inbound NAT rules whose frontend exists; empty when the topology has none, so older exports stay byte-identical. */
  natRules: PlannedNatRule[];
  /** The VMs behind the pools, for formats that can carry them (ARM metadata), so an import gets them back. */
  vms: readonly Vm[];
  /** Errors first, then warnings, then infos; the planner's diagnostics before the export's own. */
  notes: ExportNote[];
}

// Azure's defaults (REST spec): written out explicitly so a reader sees every value that will apply.
const DEFAULT_INTERVAL = 15;
const DEFAULT_THRESHOLD = 1;
const DEFAULT_IDLE = 4;

/**
 * Builds the export plan: analyses the topology, keeps what every format can write, notes the rest.
 * `diagnostics`: the topology's analysis when the caller has it already (the app), so it does not run twice.
 * @example planExport(preset('type2-floating-ip')).rules.length // 2
 */
export function planExport(topology: LbTopology, diagnostics: readonly Diagnostic[] = validate(topology)): ExportPlan {
  const notes: ExportNote[] = diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => ({ severity: d.severity, code: d.code, message: messageOf(d) }));
  const own: ExportNote[] = [];
  const lb = topology.loadBalancer;
  if (lb.sku !== 'Standard') {
    own.push({
      severity: 'warning',
      code: 'ExportSkuChanged',
      message: `The load balancer's SKU is ${lb.sku}; the export writes Standard (Basic is retired and Gateway needs a different design).`,
    });
  }
  const checkName = (kind: string, name: string) => {
    const why = azureNameProblem(name);
    if (why)
      own.push({
        severity: 'warning',
        code: 'AzureNameInvalid',
        message: `The ${kind} name ${JSON.stringify(name)} ${why}; it is written quoted, but Azure will refuse it.`,
      });
  };
  checkName('load balancer', lb.name);
  topology.frontends.forEach((f) => checkName('frontend', f.name));
  topology.backendPools.forEach((p) => checkName('backend pool', p.name));
  topology.probes.forEach((p) => checkName('probe', p.name));

  const frontends = new Set(topology.frontends.map((f) => f.name));
  const pools = new Set(topology.backendPools.map((p) => p.name));
  const probes = new Set(topology.probes.map((p) => p.name));
  const rules: PlannedRule[] = [];
  for (const rule of topology.rules) {
    checkName('rule', rule.name);
    // Azure requires a frontend and a pool on every rule: writing a dangling one would only move the error to deploy time.
    if (!frontends.has(rule.frontend) || !pools.has(rule.backendPool)) {
      const missing = !frontends.has(rule.frontend)
        ? `frontend ${JSON.stringify(rule.frontend)}`
        : `backend pool ${JSON.stringify(rule.backendPool)}`;
      own.push({
        severity: 'warning',
        code: 'ExportRuleSkipped',
        message: `The rule ${JSON.stringify(rule.name)} is left out of the export: its ${missing} does not exist.`,
      });
      continue;
    }
    let probe = rule.probe;
    if (probe !== undefined && !probes.has(probe)) {
      own.push({
        severity: 'warning',
        code: 'ExportProbeDropped',
        message: `The rule ${JSON.stringify(rule.name)} names the probe ${JSON.stringify(probe)}, which does not exist; it is exported without a probe.`,
      });
      probe = undefined;
    }
    rules.push({
      rule,
      probe,
      idleTimeoutMinutes: rule.idleTimeoutMinutes ?? DEFAULT_IDLE,
      enableTcpReset: rule.enableTcpReset ?? false,
      loadDistribution: rule.loadDistribution ?? 'Default',
      disableOutboundSnat: rule.disableOutboundSnat ?? false,
    });
  }
  const natRules: PlannedNatRule[] = [];
  for (const rule of topology.inboundNatRules ?? []) {
    checkName('inbound NAT rule', rule.name);
    // The frontend is required by Azure; the target is not (a NAT rule without a VM is valid, it just forwards nowhere).
    if (!frontends.has(rule.frontend)) {
      own.push({
        severity: 'warning',
        code: 'ExportNatRuleSkipped',
        message: `The inbound NAT rule ${JSON.stringify(rule.name)} is left out of the export: its frontend ${JSON.stringify(rule.frontend)} does not exist.`,
      });
      continue;
    }
    natRules.push({ rule, idleTimeoutMinutes: rule.idleTimeoutMinutes ?? DEFAULT_IDLE, enableTcpReset: rule.enableTcpReset ?? false });
  }
  own.push(...placeholderNotes(topology));
  const inputs = frontendInputs(topology.frontends);
  const order = { error: 0, warning: 1, info: 2 } as const;
  return {
    topologyName: topology.name,
    description: topology.description,
    lbName: lb.name,
    internal: lb.type === 'Internal',
    ...(lb.tier === 'Global' ? { tier: 'Global' as const } : {}),
    frontends: topology.frontends.map((f) => ({
      name: f.name,
      ip: f.ip,
      v6: parseIp(f.ip)?.family === 6,
      ...(inputs.has(f.name) ? { input: inputs.get(f.name)! } : {}),
      ...(f.gatewayLoadBalancer ? { gatewayLoadBalancer: f.gatewayLoadBalancer } : {}),
    })),
    pools: topology.backendPools,
    probes: topology.probes.map((p) => ({
      probe: p,
      intervalInSeconds: p.intervalInSeconds ?? DEFAULT_INTERVAL,
      probeThreshold: p.probeThreshold ?? DEFAULT_THRESHOLD,
      requestPath: p.protocol === 'Tcp' ? undefined : (p.requestPath ?? '/'),
    })),
    rules,
    natRules,
    vms: topology.vms,
    // Stable sort: the planner's order within a severity is kept.
    notes: [...notes, ...own].sort((a, b) => order[a.severity] - order[b.severity]),
  };
}

/** A pool member or NAT target as a label: the VM name, or `vm (ip)` for a specific IP configuration. @example memberLabel({ vm: 'VM1', ip: '10.0.0.5' }) // 'VM1 (10.0.0.5)' */
export function memberLabel(m: PoolMember): string {
  return typeof m === 'string' ? m : `${m.vm} (${m.ip})`;
}

/** The VM names (or `vm (ip)` for a specific IP configuration) of a pool, for membership comments. */
export function memberLabels(pool: BackendPool): string[] {
  return pool.members.map(memberLabel);
}

/** The NAT rules that have a target, as [rule name, target label], for comments and ARM metadata. */
export function natTargetLabels(plan: ExportPlan): [string, string][] {
  return plan.natRules.flatMap(({ rule }) =>
    rule.target !== undefined ? [[rule.name, memberLabel(rule.target)] as [string, string]] : [],
  );
}
