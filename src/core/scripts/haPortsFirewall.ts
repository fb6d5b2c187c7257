// HA-ports rules in the host firewall. The load balancer forwards every protocol and port of an HA-ports rule
// (Learn, load-balancer-ha-ports-overview), so by default a script opens every protocol and port to the address the
// VM receives them on, and says so. Where the service listens on known ports, `openPorts` narrows that opening to
// them. An appliance is different: it forwards, and forwarding everything is its job (its own policy filters), so
// its scripts keep allowing forwarded traffic of every kind and only say so.
import { SOURCES, type ElementRef } from '../diagnostics/diagnostic';
import { names } from '../i18n/text';
import type { FrontendIpHolder } from '../topology/schema';
import { scriptDiagnostic, type ScriptDiagnostic } from './diagnostics';
import type { Opening, VmPlan } from './plan';
import { formatOpenPorts } from './openPorts';
import type { PortSpec } from './types';

/**
 * The plan with each HA-ports opening (every protocol and port to one address) replaced by the given ports to that
 * address, with the same reasons; an opening the plan already has is reused, so nothing is opened twice.
 */
export function narrowHaPorts(plan: VmPlan, ports: readonly PortSpec[]): VmPlan {
  if (!ports.length || !plan.openings.some(isHaOpening)) return plan;
  const openings: Opening[] = [];
  const find = (protocol: Opening['protocol'], port: number, address: string, kind: Opening['kind']) =>
    openings.find((o) => o.protocol === protocol && o.port === port && o.address === address && o.kind === kind);
  for (const o of plan.openings) {
    if (!isHaOpening(o)) {
      const same = find(o.protocol, o.port, o.address, o.kind);
      if (same) for (const r of o.reasons) addOnce(same.reasons, r);
      else openings.push({ ...o, reasons: [...o.reasons] });
      continue;
    }
    for (const p of ports) {
      const same = find(p.protocol, p.port, o.address, 'rule');
      if (same) for (const r of o.reasons) addOnce(same.reasons, r);
      else
        openings.push({ protocol: p.protocol, port: p.port, address: o.address, family: o.family, reasons: [...o.reasons], kind: 'rule' });
    }
  }
  return { ...plan, openings };
}

/** An opening for every protocol and port: what an HA-ports rule asks of the host firewall. */
export function isHaOpening(o: Opening): boolean {
  return o.kind === 'rule' && o.protocol === 'any';
}

/**
 * The note every script with an HA-ports rule carries: every protocol and port is opened (or, with `ports`, only those),
 * or for an appliance, every protocol and port is forwarded. Computed from the plan before it is narrowed.
 */
export function haPortsDiagnostics(plan: VmPlan, holder: FrontendIpHolder, ports: readonly PortSpec[] | undefined): ScriptDiagnostic[] {
  // Most plans have none: found without a new array (`script --all` asks 4,000 times of 250 openings).
  if (!plan.openings.some(isHaOpening)) return [];
  const ha = plan.openings.filter(isHaOpening);
  const rules = [...new Set(ha.flatMap((o) => o.reasons))];
  const refs: ElementRef[] = [{ kind: 'vm', name: plan.vm.name }, ...rules.map((r): ElementRef => ({ kind: 'rule', name: r }))];
  const params = { rules: names(rules), addresses: names(new Set(ha.map((o) => o.address))) };
  if (holder === 'appliance')
    return [scriptDiagnostic('HaPortsOpenEveryPort', refs, { key: 'script.HaPortsOpenEveryPort.appliance', params }, SOURCES.haPorts)];
  if (ports?.length)
    return [
      scriptDiagnostic(
        'HaPortsOpenEveryPort',
        refs,
        { key: 'script.HaPortsOpenEveryPort.narrowed', params: { ...params, ports: formatOpenPorts(ports) } },
        SOURCES.haPorts,
      ),
    ];
  return [scriptDiagnostic('HaPortsOpenEveryPort', refs, { key: 'script.HaPortsOpenEveryPort', params }, SOURCES.haPorts)];
}

function addOnce(list: string[], item: string) {
  if (!list.includes(item)) list.push(item);
}
