// What a Global (cross-region) load balancer maps: each rule × regional frontend of its pool, then what the regional
// load balancer's rules on that frontend deliver to their VMs (Learn, cross-region-overview).
import type { Rule, Topology } from '../topology/schema';
import { lbIndex } from '../topology/design';
import type { MappingRow } from './mapping';
import type { ListenOn } from '../model/holder';

/** One load balancer's mapping rows (an `LbPart` of analyzeTopology). */
interface LbRows {
  loadBalancer: string;
  analysis: { rows: readonly MappingRow[] };
}

/** One Global rule towards one regional frontend of its pool. */
export interface GlobalRow {
  loadBalancer: string;
  rule: string;
  frontend: string;
  frontendIp: string;
  protocol: string;
  frontendPort: number;
  floatingIp: boolean;
  regionalLoadBalancer: string;
  regionalFrontend: string;
  regionalFrontendIp: string;
  /**
   * The destination as the flow reaches the regional load balancer: the regional frontend IP and the Global rule's
   * backend port (Learn: it "should match the frontend port" of a regional rule), or the global frontend IP with
   * floating IP on.
   */
  destinationIp: string;
  destinationPort: number;
  /** The regional load-balancing rules on that frontend and port, which take the flow on to their VMs. */
  regionalRules: string[];
}

/** One VM a Global rule reaches through one regional rule. */
export interface GlobalVmRow extends GlobalRow {
  regionalRule: string;
  /** The regional rule's floating IP: with the Global rule's off, it decides what the VM receives (its mapping row's). */
  regionalFloatingIp: boolean;
  vm: string;
  memberIp: string;
  /** What the VM receives: with floating IP on the Global rule, the global frontend IP (Learn: a loopback is needed). */
  vmDestinationIp: string;
  vmDestinationPort: number;
  listenIp: string;
  listenOn: ListenOn;
}

/**
 * Every Global rule × regional frontend of its pool whose load balancer and frontend exist (dangling ones are
 * CrossLoadBalancerReferenceUnresolved), in topology order.
 * @example mapGlobal(t)[0] // { rule: 'web', regionalFrontend: 'FE1', destinationIp: '203.0.113.1', regionalRules: ['r1'] }
 */
export function mapGlobal(t: Topology): GlobalRow[] {
  const out: GlobalRow[] = [];
  for (const lb of t.loadBalancers) {
    if (lb.tier !== 'Global') continue;
    for (const rule of lb.rules) {
      const frontend = lb.frontends.find((f) => f.name === rule.frontend);
      const pool = lb.backendPools.find((p) => p.name === rule.backendPool);
      if (!frontend || !pool) continue;
      for (const ref of pool.regionalFrontends ?? []) {
        const regional = t.loadBalancers[lbIndex(t, ref.loadBalancer)];
        const regionalFrontend = regional?.frontends.find((f) => f.name === ref.frontend);
        if (!regional || !regionalFrontend) continue;
        out.push({
          loadBalancer: lb.name,
          rule: rule.name,
          frontend: frontend.name,
          frontendIp: frontend.ip,
          protocol: rule.protocol,
          frontendPort: rule.frontendPort,
          floatingIp: rule.floatingIp,
          regionalLoadBalancer: regional.name,
          regionalFrontend: regionalFrontend.name,
          regionalFrontendIp: regionalFrontend.ip,
          destinationIp: rule.floatingIp ? frontend.ip : regionalFrontend.ip,
          destinationPort: rule.backendPort,
          regionalRules: regional.rules.filter((r) => takesGlobalFlow(r, ref.frontend, rule)).map((r) => r.name),
        });
      }
    }
  }
  return out;
}

/**
 * Whether a regional rule takes a Global rule's flow arriving at `frontend`: on that frontend, its frontend port the
 * Global rule's backend port (Learn: it "should match"), and the same protocol (`All` takes either).
 * @example takesGlobalFlow({ frontend: 'web', frontendPort: 443, protocol: 'Udp', … }, 'web', tcp443) // false
 */
export function takesGlobalFlow(regional: Rule, frontend: string, global: Rule): boolean {
  const protocols = regional.protocol === global.protocol || regional.protocol === 'All' || global.protocol === 'All';
  return regional.frontend === frontend && regional.frontendPort === global.backendPort && protocols;
}

/**
 * What each VM behind a Global load balancer receives, through the regional rules of {@link mapGlobal}: the
 * regional mapping row, with the global frontend IP in place of the destination when the Global rule has floating IP
 * (Learn: "If floating IP is enabled on the global load balancer, the appropriate loopback interface needs to be
 * added to the backend VMs"; the two settings work independently).
 * @example globalVmRows(t, analyzeTopology(t)).map((r) => r.vm) // ['VM1', 'VM2', 'VM3', 'VM4']
 */
export function globalVmRows(t: Topology, analysis: { parts: readonly LbRows[] }): GlobalVmRow[] {
  const out: GlobalVmRow[] = [];
  for (const g of mapGlobal(t)) {
    if (g.regionalRules.length === 0) continue;
    const part = analysis.parts.find((p) => p.loadBalancer === g.regionalLoadBalancer);
    if (!part) continue;
    const wanted = new Set(g.regionalRules);
    for (const row of part.analysis.rows) {
      if (!wanted.has(row.rule) || row.frontend !== g.regionalFrontend) continue;
      out.push({
        ...g,
        regionalRule: row.rule,
        regionalFloatingIp: row.floatingIp,
        vm: row.vm,
        memberIp: row.memberIp,
        vmDestinationIp: g.floatingIp ? g.frontendIp : row.destinationIp,
        vmDestinationPort: row.destinationPort,
        listenIp: g.floatingIp ? g.frontendIp : row.listenIp,
        listenOn: g.floatingIp ? 'loopback' : row.listenOn,
      });
    }
  }
  return out;
}
