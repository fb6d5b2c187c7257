import { lbView, withLb } from '../topology/design';
import type { Topology } from '../topology/schema';
import { tracedRule } from '../trace/trace';
import { traceTopology, type DesignTrace, type DesignTraceOptions } from '../trace/designTrace';
import { chainContent, type ChainNames } from './chainContent';
import { panelContent } from './content';
import { renderDocument, traceDiagram, withFloatingIp, type ChainHeading } from './diagram';
import { diagramMsg, type DiagramMsg } from './messages';

type Drawn = { ok: true; svg: string } | { ok: false; error: string };

/**
 * The before/after diagram of one flow through a whole design: the delivering load balancer's rule with floating IP
 * off and on, with the hops of a Global load balancer in front (client → global frontend → regional frontend) or of
 * the Gateway load balancer a frontend is chained to (→ appliance over VXLAN and back) drawn in their place. A flow
 * without a chain draws exactly as traceDiagram draws its load balancer.
 * @example designDiagram(t, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1' }) // { ok: true, svg: '<svg …' }
 */
export function designDiagram(t: Topology, options: DesignTraceOptions & { idPrefix?: string }): Drawn {
  const found = traceTopology(t, options);
  if (!found.ok) return found;
  const first = found.trace;
  const own = { ...options, rule: first.rule, kind: first.kind };
  if (!first.chain.length) return traceDiagram(lbView(t, first.loadBalancer), own);
  // The panels force the delivering rule's floating IP, through the same regional frontend and appliance as `first`.
  const view = lbView(t, first.loadBalancer);
  const same: DesignTraceOptions = {
    ...options,
    ...(first.global && { regional: { loadBalancer: first.loadBalancer, frontend: first.global.regionalFrontend } }),
    ...(first.gateway && { appliance: first.gateway.appliance }),
  };
  const traces: DesignTrace[] = [];
  for (const floatingIp of [false, true]) {
    const r = traceTopology(withLb(t, first.loadBalancer, withFloatingIp(view, own, floatingIp)), same);
    if (!r.ok) return r;
    traces.push(r.trace);
  }
  const rule = tracedRule(view, own)!;
  const msg = diagramMsg(options.locale);
  const vm = t.vms.find((v) => v.name === first.vm);
  const names = { lb: first.loadBalancer, frontend: rule.frontend, os: vm?.os ?? 'VM' };
  const chain = chainNames(t, first, rule.frontend, rule.frontendPort);
  const contents = traces.map((tr) => chainContent(panelContent(tr, tr.floatingIp === rule.floatingIp, names, msg), tr, chain, msg));
  return { ok: true, svg: renderDocument(contents, traces, options.idPrefix ?? 'fpd', msg, options.whatIf ?? {}, heading(first, msg)) };
}

/** The addresses the chain's lifelines show, read from the design. */
function chainNames(t: Topology, trace: DesignTrace, frontend: string, port: number): ChainNames {
  const lbOf = (name: string) => t.loadBalancers.find((l) => l.name === name);
  const g = trace.global;
  if (g) {
    const ip = lbOf(trace.loadBalancer)?.frontends.find((f) => f.name === frontend)?.ip ?? '';
    return { globalFrontend: lbOf(g.loadBalancer)?.rules.find((r) => r.name === g.rule)?.frontend, regional: { ip, port } };
  }
  const gw = trace.gateway;
  if (!gw) return {};
  const fe = lbOf(gw.loadBalancer)?.frontends.find((f) => f.name === gw.frontend);
  return {
    gatewayFrontend: { name: gw.frontend, ip: fe?.ip ?? '' },
    applianceIp: t.vms.find((v) => v.name === gw.appliance)?.nic.ip,
  };
}

/** The title's chain part and the description's sentence about the chain's hops. */
function heading(trace: DesignTrace, msg: DiagramMsg): ChainHeading {
  const title = trace.global
    ? msg('chainGlobal', {
        glb: trace.global.loadBalancer,
        rule: trace.global.rule,
        state: msg(trace.global.floatingIp ? 'stateOn' : 'stateOff'),
        lb: trace.loadBalancer,
      })
    : msg('chainGateway', { gateway: trace.gateway?.loadBalancer ?? '', vm: trace.gateway?.appliance ?? '' });
  const hops = trace.chain.map((h) => {
    const text = msg('descChainHop', { stage: msg(`stage.${h.stage}`), lb: h.loadBalancer, src: h.src, dst: h.dst });
    return h.tunnel ? text + msg('descTunnel', { type: msg(`tunnel.${h.tunnel.type}`), ip: h.tunnel.outerDstIp }) : text;
  });
  return { title, desc: msg('descChain', { lb: trace.loadBalancer, hops: hops.join(msg('fieldSep')) }) };
}
