import { messageOf } from '../core/diagnostics/diagnostic';
import { planDesignNsg } from '../core/nsg/designPlan';
import { isClientRange, nsgRulesForVm, type NsgPlanRule } from '../core/nsg/plan';
import { validateTopology } from '../core/validation/analyzeTopology';
import { EXIT, pickLb, readTopology, UsageError, type Io } from './io';
import { diagnosticJson } from './validate';
import { renderTable } from './table';

const NSG_CODES = new Set(['NsgBlocksLoadBalancerTraffic', 'NsgBlocksHealthProbe']);

/** What a planned security rule is for, in the CLI's English. */
function purpose(r: NsgPlanRule): string {
  const { kind, name, floatingIp } = r.purpose;
  if (kind === 'probe') return `probe ${name}`;
  const what = kind === 'natRule' ? 'NAT rule' : 'rule';
  return `${what} ${name}${floatingIp ? ' (floating IP: frontend IP)' : ''}`;
}

/**
 * `nsg <file> [--json] [--source <cidr>] [--lb <name>]`: the inbound security rules one load balancer's traffic needs,
 * the rules per VM, and where the topology's own NSGs block that traffic. Exit 0 (the findings are warnings), 2 for a
 * bad file or a topology of several load balancers without `--lb`.
 */
export function nsgCommand(io: Io, file: string | undefined, json: boolean, source: string | undefined, lb?: string): number {
  if (source !== undefined && !isClientRange(source)) throw new UsageError(`--source "${source}" is not an IP address or CIDR range`);
  const whole = readTopology(io, file);
  const topology = pickLb(whole, lb, 'nsg');
  const name = topology.loadBalancer.name;
  // The whole design: a Global rule with floating IP brings its frontend IP to this load balancer's VMs.
  const plan = planDesignNsg(whole, name, { source });
  const findings = validateTopology(whole).filter(
    (d) => NSG_CODES.has(d.code) && (d.loadBalancer === undefined || d.loadBalancer === name),
  );
  const perVm = Object.fromEntries(plan.vms.map((vm) => [vm, nsgRulesForVm(plan, vm).map((r) => r.name)]));
  if (json) {
    io.out(JSON.stringify({ nsg: plan, perVm, findings: findings.map(diagnosticJson) }, null, 2));
    return EXIT.ok;
  }
  if (plan.rules.length === 0) {
    io.out('(no rule reaches a VM, so no NSG rule is needed: run validate to see why)');
  } else {
    io.out(`NSG ${plan.nsgName}: inbound rules to add, on the NICs of ${plan.vms.join(', ')}`);
    if (plan.openByDefault) io.out('(a Basic load balancer is open by default; these rules matter once an NSG is attached)');
    io.out(
      renderTable(
        ['Priority', 'Name', 'Source', 'Destination', 'Ports', 'Protocol', 'For'],
        plan.rules.map((r) => [String(r.priority), r.name, r.source, r.destinations.join(', '), r.ports, r.protocol, purpose(r)]),
      ),
    );
    if (plan.leftOut > 0) io.out(`(${plan.leftOut} more rules do not fit in Azure's priorities 100-4096: split the load balancer)`);
    io.out('');
    io.out('Per VM');
    io.out(
      renderTable(
        ['VM', 'Rules'],
        Object.entries(perVm).map(([vm, names]) => [vm, names.join(', ')]),
      ),
    );
  }
  if (topology.networkSecurityGroups?.length) {
    io.out('');
    if (findings.length === 0)
      io.out(`Your NSGs (${topology.networkSecurityGroups.map((n) => n.name).join(', ')}) let this traffic through.`);
    for (const d of findings) io.out(`${d.severity.padEnd(7)} ${d.code}: ${messageOf(d)}`);
  }
  return EXIT.ok;
}
