// Two load balancers delivering the same destination to one VM IP configuration. Only IP configurations held by two
// or more load balancers are looked at, so a design whose load balancers share no VM costs one pass over its pools.
import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { Delivery } from '../mapping/mapping';
import { transports } from '../model/protocol';
import type { LoadBalancerDef } from '../topology/schema';
import { names, text } from './catalogText';
import { lbRef } from './acrossRefs';
import type { Analysis } from './analyze';

interface Sent {
  lb: number;
  kind: 'rule' | 'natRule';
  name: string;
  protocol: string;
  dstIp: string;
  /** 0 = every port. */
  dstPort: number;
  frontendPort: number;
  floatingIp: boolean;
}

/** The key of one VM IP configuration, the same from a pool member, a NAT target and a mapping row. */
export const configKey = (vm: string, ip: string) => `${vm}\u0000${ip}`;

const overlaps = (a: Sent, b: Sent) =>
  a.dstIp === b.dstIp &&
  (a.dstPort === 0 || b.dstPort === 0 || a.dstPort === b.dstPort) &&
  transports(a.protocol).some((p) => transports(b.protocol).includes(p));

/**
 * For each pair of rules of two load balancers that deliver an overlapping destination (IP, protocol, port) to the
 * same IP configuration: RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig when both load balancers
 * are of one type and both rules have floating IP off (Azure's refusal, common deployment errors), else a warning
 * when the clients reach the two rules on different ports (two services the guest cannot tell apart). The same
 * service published on a public and an internal load balancer (same protocol and ports) is a usual design: silent.
 * Appliance pools and Gateway tunnels forward the original packet and listen on nothing: skipped.
 */
export function checkDeliveriesAcross(
  lbs: readonly LoadBalancerDef[],
  analyses: readonly Analysis[],
  shared: ReadonlySet<string>,
  sharedLbs: ReadonlySet<number>,
  out: Diagnostic[],
): void {
  const byConfig = new Map<string, Sent[]>();
  const add = (key: string, s: Sent) => {
    const list = byConfig.get(key);
    if (list) list.push(s);
    else byConfig.set(key, [s]);
  };
  const sent = (lb: number, kind: Sent['kind'], name: string, d: Delivery, backendPort: number): Sent => ({
    lb,
    kind,
    name,
    protocol: d.protocol,
    dstIp: d.destinationIp,
    dstPort: backendPort,
    frontendPort: d.frontendPort,
    floatingIp: d.floatingIp,
  });
  for (const lb of sharedLbs) {
    const { rows, natRows } = analyses[lb]!;
    for (const row of rows) {
      if (row.frontendIpHolder === 'appliance' || row.encapsulation) continue;
      const key = configKey(row.vm, row.memberIp);
      if (shared.has(key)) add(key, sent(lb, 'rule', row.rule, row, row.destinationPort));
    }
    for (const row of natRows) {
      const key = configKey(row.vm, row.memberIp);
      if (shared.has(key)) add(key, sent(lb, 'natRule', row.natRule, row, row.destinationPort));
    }
  }
  const found = new Map<string, { a: Sent; b: Sent; same: boolean; vms: Set<string> }>();
  for (const [key, list] of byConfig) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        let [a, b] = [list[i]!, list[j]!];
        if (a.lb === b.lb || !overlaps(a, b)) continue;
        if (a.lb > b.lb) [a, b] = [b, a];
        const same = lbs[a.lb]!.type === lbs[b.lb]!.type && !a.floatingIp && !b.floatingIp;
        const twoServices = a.frontendPort !== b.frontendPort || a.dstPort !== b.dstPort || a.protocol !== b.protocol;
        if (!same && !twoServices) continue;
        const id = `${a.lb}/${a.kind}/${a.name}\u0000${b.lb}/${b.kind}/${b.name}`;
        let hit = found.get(id);
        if (!hit) found.set(id, (hit = { a, b, same, vms: new Set() }));
        hit.vms.add(key.slice(0, key.indexOf('\u0000')));
      }
    }
  }
  for (const { a, b, same, vms } of found.values()) out.push(report(lbs, a, b, same, [...vms].sort()));
}

function report(lbs: readonly LoadBalancerDef[], a: Sent, b: Sent, same: boolean, vms: string[]): Diagnostic {
  const [la, lb] = [lbs[a.lb]!.name, lbs[b.lb]!.name];
  const refs = [lbRef(a.kind, a.name, la), lbRef(b.kind, b.name, lb), ...vms.map((vm) => ({ kind: 'vm' as const, name: vm }))];
  const first = text(`delivery.${a.kind}`, { rule: a.name, lb: la });
  const second = text(`delivery.${b.kind}`, { rule: b.name, lb });
  const port = a.dstPort || b.dstPort;
  const protocol = a.protocol === 'All' ? b.protocol : a.protocol;
  if (same) {
    return diagnostic(
      'error',
      'RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig',
      refs,
      text('RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig', {
        first,
        second,
        type: text(`lbType.${lbs[a.lb]!.type}`),
        protocol,
        port,
        vms: names(vms),
      }),
      SOURCES.errorCodes,
    );
  }
  return diagnostic(
    'warning',
    'SameDestinationFromTwoLoadBalancers',
    refs,
    text('SameDestinationFromTwoLoadBalancers', { vms: names(vms), protocol, port, first, second }),
    SOURCES.floatingIp,
  );
}
