// Test-only: what every Azure export (ARM, Bicep, Terraform) does the same way to a topology, for round-trip
// tests' `normalise`. Each format's own differences stay in its test.
import type { InboundNatRule, PoolMember, Probe, Rule, LbTopology } from '../topology/schema';

/**
 * A probe as the exports write it: Azure's defaults explicit, Tcp probes without a request path, Http(s) ones "/".
 * @example exportedProbe({ name: 'p', protocol: 'Http', port: 80 }) // { …, requestPath: '/', intervalInSeconds: 15, probeThreshold: 1 }
 */
export function exportedProbe(p: Probe): Probe {
  return {
    name: p.name,
    protocol: p.protocol,
    port: p.port,
    ...(p.protocol === 'Tcp' ? {} : { requestPath: p.requestPath ?? '/' }),
    intervalInSeconds: p.intervalInSeconds ?? 15,
    probeThreshold: p.probeThreshold ?? 1,
  };
}

/**
 * The rules the exports write: those without an existing frontend or pool are skipped (with a warning), a dangling
 * probe is dropped, and Azure's defaults are explicit.
 * @example exportedRules(topology).length // rules whose frontend and pool exist
 */
export function exportedRules(t: LbTopology): Rule[] {
  const frontends = new Set(t.frontends.map((f) => f.name));
  const pools = new Set(t.backendPools.map((p) => p.name));
  const probes = new Set(t.probes.map((p) => p.name));
  return t.rules
    .filter((r) => frontends.has(r.frontend) && pools.has(r.backendPool))
    .map(({ probe, ...r }): Rule => ({
      ...r,
      ...(probe !== undefined && probes.has(probe) ? { probe } : {}),
      idleTimeoutMinutes: r.idleTimeoutMinutes ?? 4,
      enableTcpReset: r.enableTcpReset ?? false,
      loadDistribution: r.loadDistribution ?? 'Default',
      disableOutboundSnat: r.disableOutboundSnat ?? false,
    }));
}

/**
 * The inbound NAT rules the exports write: those without an existing frontend are skipped (with a warning) and Azure's
 * defaults are explicit. Targets are kept as given; each format's test says what becomes of one it cannot carry.
 * @example exportedNatRules(topology).length // NAT rules whose frontend exists
 */
export function exportedNatRules(t: LbTopology): InboundNatRule[] {
  const frontends = new Set(t.frontends.map((f) => f.name));
  return (t.inboundNatRules ?? [])
    .filter((n) => frontends.has(n.frontend))
    .map((n): InboundNatRule => ({ ...n, idleTimeoutMinutes: n.idleTimeoutMinutes ?? 4, enableTcpReset: n.enableTcpReset ?? false }));
}

/** The protocol, ports and floating IP a rule or NAT rule draw stands for. */
function portsOf<P extends string>(d: { protocol: P; fp: number; bp: number; floatingIp: boolean }) {
  return { protocol: d.protocol, frontendPort: d.fp, backendPort: d.bp, floatingIp: d.floatingIp };
}

/** The idle timeout and TCP reset of a draw, each only when drawn. */
function connectionOf(d: { idle?: number | undefined; reset?: boolean | undefined }) {
  return {
    ...(d.idle !== undefined ? { idleTimeoutMinutes: d.idle } : {}),
    ...(d.reset !== undefined ? { enableTcpReset: d.reset } : {}),
  };
}

/** What a round-trip property test draws for an inbound NAT rule; the test picks its name, frontend and target. */
export interface NatRuleDraw {
  protocol: InboundNatRule['protocol'];
  fp: number;
  bp: number;
  floatingIp: boolean;
  idle?: number | undefined;
  reset?: boolean | undefined;
}

/**
 * The inbound NAT rule a draw stands for (optional settings only when drawn).
 * @example natRuleFrom('nat0', 'fe', { protocol: 'Tcp', fp: 50001, bp: 3389, floatingIp: false }, 'VM1')
 */
export function natRuleFrom(name: string, frontend: string, n: NatRuleDraw, target?: PoolMember): InboundNatRule {
  return {
    name,
    frontend,
    ...portsOf(n),
    ...(target !== undefined ? { target } : {}),
    ...connectionOf(n),
  };
}

/** What a round-trip property test draws for a load-balancing rule; the test picks its name, frontend, pool and probe. */
export interface RuleDraw {
  protocol: Rule['protocol'];
  fp: number;
  bp: number;
  floatingIp: boolean;
  idle?: number | undefined;
  reset?: boolean | undefined;
  ld?: Rule['loadDistribution'] | undefined;
  snat?: boolean | undefined;
}

/**
 * The load-balancing rule a draw stands for (optional settings only when drawn).
 * @example ruleFrom('rule0', 'fe', 'pool', { protocol: 'Tcp', fp: 1433, bp: 1433, floatingIp: true }, 'probe')
 */
export function ruleFrom(name: string, frontend: string, backendPool: string, r: RuleDraw, probe?: string): Rule {
  return {
    name,
    frontend,
    backendPool,
    ...portsOf(r),
    ...(probe !== undefined ? { probe } : {}),
    ...connectionOf(r),
    ...(r.ld !== undefined ? { loadDistribution: r.ld } : {}),
    ...(r.snat !== undefined ? { disableOutboundSnat: r.snat } : {}),
  };
}
