// A Global (cross-region) rule with floating IP delivers the global frontend IP to the regional load balancer's VMs
// (Learn, cross-region-overview: "If floating IP is enabled on the global load balancer, the appropriate loopback
// interface needs to be added to the backend VMs"). The regional plan knows nothing of it: this adds that address
// to the loopback, its port to the firewall and its listen, as globalVmRows says the VM receives them.
import type { Topology } from '../topology/schema';
import { globalVmRows, type GlobalVmRow } from '../mapping/globalMapping';
import { transports } from '../model/protocol';
import { parseIp } from '../net/address';
import { analyzeTopology } from '../validation/analyzeTopology';
import type { Listen, LoopbackAddress, Opening, VmPlan } from './plan';

// Once per topology: `script --all` asks for every VM of the same design.
const cache = new WeakMap<Topology, Map<string, GlobalVmRow[]>>();

/**
 * The Global rows whose flow reaches `vmName` on the global frontend IP (floating IP on the Global rule) and whose
 * address parses, in mapping order; [] in a design without a Global load balancer.
 * @example globalFloatingRows(crossRegionFloating, 'web-west-1')[0]?.vmDestinationIp // '203.0.113.50'
 */
export function globalFloatingRows(t: Topology, vmName: string): GlobalVmRow[] {
  if (!t.loadBalancers.some((lb) => lb.tier === 'Global')) return [];
  let byVm = cache.get(t);
  if (!byVm) {
    byVm = new Map();
    for (const r of globalVmRows(t, analyzeTopology(t))) {
      if (!r.floatingIp || !parseIp(r.vmDestinationIp)) continue;
      const list = byVm.get(r.vm) ?? [];
      list.push(r);
      byVm.set(r.vm, list);
    }
    cache.set(t, byVm);
  }
  return byVm.get(vmName) ?? [];
}

/**
 * `plan` with what the Global rows add: the global frontend IP on the loopback once, its port opened to that address,
 * and a listen on it, each named `globalLb/rule`. The same plan object when there are none.
 * @example withGlobal(plan, globalFloatingRows(t, 'web-west-1')).loopback.map((l) => l.ip) // ['203.0.113.50']
 */
export function withGlobal(plan: VmPlan, rows: readonly GlobalVmRow[]): VmPlan {
  if (rows.length === 0) return plan;
  const rules = [...plan.rules];
  const loopback: LoopbackAddress[] = plan.loopback.map((l) => ({ ...l, rules: [...l.rules] }));
  const openings: Opening[] = plan.openings.map((o) => ({ ...o, reasons: [...o.reasons] }));
  const listens: Listen[] = [...plan.listens];
  for (const r of rows) {
    const name = `${r.loadBalancer}/${r.rule}`;
    const ip = parseIp(r.vmDestinationIp)!;
    addOnce(rules, name);
    const held = loopback.find((l) => l.ip === ip.text);
    if (held) addOnce(held.rules, name);
    else loopback.push({ ip: ip.text, family: ip.family, rules: [name] });
    for (const t of transports(r.protocol)) {
      const protocol = t === 'Tcp' ? 'tcp' : 'udp';
      const port = r.vmDestinationPort;
      const known = openings.find(
        (o) => o.kind === 'rule' && o.protocol === protocol && o.port === port && o.address === r.vmDestinationIp,
      );
      if (known) addOnce(known.reasons, name);
      else openings.push({ protocol, port, address: r.vmDestinationIp, family: ip.family, reasons: [name], kind: 'rule' });
    }
    // One Global rule reaches a VM once per regional rule that takes it; the service listens once.
    if (listens.some((l) => l.rule === name && l.address === r.listenIp && l.port === r.vmDestinationPort)) continue;
    listens.push({
      rule: name,
      frontend: `${r.loadBalancer}/${r.frontend}`,
      frontendIp: r.frontendIp,
      frontendPort: r.frontendPort,
      protocol: r.protocol,
      address: r.listenIp,
      port: r.vmDestinationPort,
      on: r.listenOn,
    });
  }
  return { ...plan, rules, loopback, openings, listens };
}

function addOnce(list: string[], item: string) {
  if (!list.includes(item)) list.push(item);
}
