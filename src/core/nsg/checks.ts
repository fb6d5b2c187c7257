// Warnings where the user's own NSGs (topology.networkSecurityGroups) block what the load balancer delivers: a
// rule's or NAT rule's client traffic, or its health probe. Azure has no deploy-time error for this (the deployment
// succeeds and traffic silently stops), so the codes are Floatplan's own.
import { diagnostic, SOURCES, type Diagnostic, type ElementRef } from '../diagnostics/diagnostic';
import { text, type Text } from '../i18n/text';
import type { RuleRun } from '../mapping/mapping';
import type { NatMappingRow } from '../mapping/natMapping';
import { frontendIpHolder } from '../model/holder';
import { isHaPorts } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import type { Nsg } from '../topology/nsgSchema';
import { evaluatePath, nsgsForVm, type Flow, type Verdict } from './evaluate';
import { clientFlow, clientSource, probeFlow } from './flows';

interface Finding {
  probe: boolean;
  kind: 'rule' | 'natRule' | 'probe';
  name: string;
  verdict: Verdict;
  flow: Flow;
  frontendIp?: string;
  floating: boolean;
  vms: Set<string>;
}

/**
 * Evaluates every flow the load balancer delivers to a VM against the NSGs on that VM's path, and warns where one is
 * blocked: one diagnostic per rule (or probe) and blocking NSG rule, naming every VM it hits. Runs only when the
 * topology carries NSGs.
 */
export function checkNsgs(index: TopologyIndex, runs: readonly RuleRun[], natRows: readonly NatMappingRow[], out: Diagnostic[]): void {
  const nsgs = index.topology.networkSecurityGroups;
  if (!nsgs || nsgs.length === 0) return;
  const internal = index.topology.loadBalancer.type === 'Internal';
  const source = clientSource(internal);
  const publicLb = source === 'Internet';
  const pathOf = memo((vm: string) => nsgsForVm(nsgs, vm));
  const findings = new Map<string, Finding>();
  const record = (f: Omit<Finding, 'vms' | 'verdict'>, vm: string, path: readonly Nsg[]) => {
    if (path.length === 0) return;
    const verdict = evaluatePath(path, f.flow);
    if (verdict.outcome === 'allowed') return;
    const key = [f.kind, f.name, verdict.outcome, verdict.nsg, verdict.rule, f.flow.destination.ip, f.flow.port].join('\u0000');
    const found = findings.get(key) ?? { ...f, verdict, vms: new Set<string>() };
    found.vms.add(vm);
    findings.set(key, found);
  };

  for (const run of runs) {
    const { rule } = run;
    const frontendIp = index.frontendIps.get(rule.frontend)?.text;
    const pool = index.pools.get(rule.backendPool);
    if (!frontendIp || !pool) continue;
    const appliance = frontendIpHolder(pool) === 'appliance';
    const probe = rule.probe !== undefined ? index.probes.get(rule.probe) : undefined;
    for (const m of run.members) {
      const path = pathOf(m.vm.name);
      if (path.length === 0) continue;
      const floating = rule.floatingIp && !appliance;
      const port = isHaPorts(rule) ? 0 : rule.backendPort;
      const flow = clientFlow({ internal, floatingIp: rule.floatingIp, frontendIp, memberIp: m.ip.text, protocol: rule.protocol, port });
      record({ probe: false, kind: 'rule', name: rule.name, flow, frontendIp, floating }, m.vm.name, path);
      if (probe) {
        record({ probe: true, kind: 'probe', name: probe.name, flow: probeFlow(m.ip.text, probe.port), floating: false }, m.vm.name, path);
      }
    }
  }
  for (const row of natRows) {
    const destination = { ip: row.destinationIp, public: publicLb && row.floatingIp };
    const flow: Flow = { source, destination, protocol: row.protocol, port: row.destinationPort };
    record(
      { probe: false, kind: 'natRule', name: row.natRule, flow, frontendIp: row.frontendIp, floating: row.floatingIp },
      row.vm,
      pathOf(row.vm),
    );
  }

  for (const f of findings.values()) out.push(toDiagnostic(f));
}

function toDiagnostic(f: Finding): Diagnostic {
  const vms = [...f.vms].sort();
  const refs: ElementRef[] = [{ kind: f.kind, name: f.name }, ...vms.map((name) => ({ kind: 'vm' as const, name }))];
  const partly = f.verdict.outcome === 'partly';
  const common = {
    vms: { names: vms },
    nsg: f.verdict.nsg ?? '',
    nsgRule: f.verdict.rule ?? '',
    priority: f.verdict.priority ?? 0,
  };
  if (f.probe) {
    const t = text(partly ? 'nsg.NsgBlocksHealthProbe.partly' : 'nsg.NsgBlocksHealthProbe', {
      ...common,
      probe: f.name,
      port: f.flow.port,
    });
    return diagnostic('warning', 'NsgBlocksHealthProbe', refs, t, SOURCES.probes);
  }
  const port: Text = f.flow.port === 0 ? text('nsg.port.all') : text('nsg.port.one', { port: f.flow.port });
  const why: Text | string = f.floating && f.frontendIp ? text('nsg.why.floating', { frontendIp: f.frontendIp }) : '';
  const params = {
    ...common,
    what: text(f.kind === 'natRule' ? 'nsg.what.natRule' : 'nsg.what.rule'),
    rule: f.name,
    protocol: f.flow.protocol === 'All' ? 'TCP/UDP' : f.flow.protocol.toUpperCase(),
    source: f.flow.source,
    destination: f.flow.destination.ip,
    port,
    why,
  };
  const t = text(partly ? 'nsg.NsgBlocksLoadBalancerTraffic.partly' : 'nsg.NsgBlocksLoadBalancerTraffic', params);
  return diagnostic('warning', 'NsgBlocksLoadBalancerTraffic', refs, t, SOURCES.nsg);
}

function memo<T>(f: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, f(key));
    return cache.get(key)!;
  };
}
