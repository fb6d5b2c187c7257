// Test-only builders: a small valid topology that each test bends into the case it needs.
import type { Diagnostic, DiagnosticCode } from '../diagnostics/diagnostic';
import type { InboundNatRule, Rule, LbTopology, Vm } from '../topology/schema';
import { analyze } from '../validation/analyze';

/** A rule with sensible defaults: Tcp 80 → 80 from FE1 to pool, floating off, probe p80. */
export function rule(name: string, over: Partial<Rule> = {}): Rule {
  return {
    name,
    frontend: 'FE1',
    backendPool: 'pool',
    protocol: 'Tcp',
    frontendPort: 80,
    backendPort: 80,
    floatingIp: false,
    probe: 'p80',
    ...over,
  };
}

/** An inbound NAT rule with sensible defaults: Tcp 50001 on FE1 → VM1's primary ipconfig port 3389, floating off. */
export function natRule(name: string, over: Partial<InboundNatRule> = {}): InboundNatRule {
  return { name, frontend: 'FE1', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false, target: 'VM1', ...over };
}

/** A Linux VM at `ip`. */
export function vm(name: string, ip: string, over: Partial<Vm> = {}): Vm {
  return { name, os: 'ubuntu', nic: { name: 'eth0', ip }, ...over };
}

/** A valid Standard public topology with two frontends, one pool of VM1/VM2 and the given rules. */
export function topology(over: Partial<LbTopology> = {}): LbTopology {
  return {
    version: 1,
    name: 'test',
    loadBalancer: { name: 'lb', sku: 'Standard', type: 'Public' },
    frontends: [
      { name: 'FE1', ip: '203.0.113.1' },
      { name: 'FE2', ip: '203.0.113.2' },
    ],
    backendPools: [{ name: 'pool', members: ['VM1', 'VM2'] }],
    probes: [{ name: 'p80', protocol: 'Tcp', port: 80 }],
    rules: [rule('r1')],
    vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')],
    ...over,
  };
}

/** Diagnostics of `t` with the given code. */
export function withCode(t: LbTopology, code: DiagnosticCode): Diagnostic[] {
  return analyze(t).diagnostics.filter((d) => d.code === code);
}

/** All diagnostic codes of `t`, sorted and deduplicated. */
export function codesOf(t: LbTopology): string[] {
  return [...new Set(analyze(t).diagnostics.map((d) => d.code))].sort();
}
