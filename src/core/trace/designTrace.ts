// A trace through a whole design (format v2): the per-load-balancer trace (trace.ts) of the load balancer that
// delivers to the VM, with the hops other load balancers add in front of it. A Global load balancer's flow enters at
// its anycast frontend and reaches a regional frontend (cross-region-overview); a frontend chained to a Gateway load
// balancer sends each packet through an appliance, VXLAN-encapsulated, before its own rule applies (gateway-overview).
import { fill } from '../i18n/locale';
import { takesGlobalFlow } from '../mapping/globalMapping';
import { formatEndpoint } from '../net/address';
import { lbIndex, lbView } from '../topology/design';
import type { FrontendRef, LoadBalancerDef, Rule, Topology } from '../topology/schema';
import { chainMessages } from './chainMessages';
import { diff } from './modes';
import { traceFlow, type Hop, type Packet, type Trace, type TraceOptions } from './trace';

/** Where a hop added by another load balancer is. */
export type ChainStage = 'client-to-global' | 'frontend-to-gateway' | 'gateway-to-appliance' | 'appliance-to-gateway';

/** A hop another load balancer of the design adds to the traced flow. */
export interface ChainHop {
  stage: ChainStage;
  /** The load balancer that moves the packet at this hop. */
  loadBalancer: string;
  src: string;
  dst: string;
  /** The packet as the client sent it (inside the tunnel, for the Gateway hops). */
  packet: Packet;
  note: string;
  /**
   * Gateway hops: the VXLAN tunnel interface of the appliance pool and the outer destination: the appliance on the way
   * out, the Gateway load balancer's frontend on the way back (its VXLAN peer).
   */
  tunnel?: { protocol: 'vxlan'; type: 'external' | 'internal'; outerDstIp: string };
}

/** A trace through the design: the load balancer that delivers to the VM, and the hops in front of its own. */
export interface DesignTrace extends Trace {
  /** The load balancer whose rule delivers to the VM (the regional one, behind a Global load balancer). */
  loadBalancer: string;
  /** Hops of other load balancers; they come before `hops[chainAt]`. */
  chain: ChainHop[];
  chainAt: number;
  /** The Global load balancer and rule in front, when the trace starts there. */
  global?: {
    loadBalancer: string;
    rule: string;
    frontendIp: string;
    frontendPort: number;
    floatingIp: boolean;
    /** The regional frontend the flow goes through (of `DesignTrace.loadBalancer`). */
    regionalFrontend: string;
  };
  /** The Gateway load balancer and appliance the flow passes through, when its frontend is chained. */
  gateway?: { loadBalancer: string; frontend: string; appliance: string };
}

export interface DesignTraceOptions extends TraceOptions {
  /** The load balancer of `rule`: a regional one, or a Global one (then `vm` is behind one of its regional ones). */
  loadBalancer: string;
  /**
   * Global load balancers: the regional frontend to go through, or a regional load balancer's name (any of its frontends
   * in the pool); default the first that reaches `vm`.
   */
  regional?: string | FrontendRef;
  /** Chained frontends: the Gateway pool's appliance that inspects the flow; default its first member. */
  appliance?: string;
}

type Result = { ok: true; trace: DesignTrace } | { ok: false; error: string };
type ChainMsg = (key: keyof (typeof chainMessages)['en'], params?: Record<string, string | number>) => string;

/**
 * Follows one flow through a design: from a Global load balancer's frontend through a regional one, or through the
 * Gateway load balancer a frontend is chained to, to the VM; the per-load-balancer trace does the rest.
 * @example traceTopology(t, { loadBalancer: 'glb', rule: 'web', vm: 'VM1' }).trace.chain[0].stage // 'client-to-global'
 */
export function traceTopology(t: Topology, options: DesignTraceOptions): Result {
  const table = chainMessages[options.locale ?? 'en'];
  const msg: ChainMsg = (key, params) => fill(table[key], params);
  const i = lbIndex(t, options.loadBalancer);
  const lb = t.loadBalancers[i];
  if (!lb)
    return { ok: false, error: msg('noLoadBalancer', { lb: options.loadBalancer, lbs: t.loadBalancers.map((l) => l.name).join(', ') }) };
  if (lb.tier === 'Global' && options.kind !== 'natRule') return throughGlobal(t, lb, options, msg);
  const found = traceFlow(lbView(t, i), options);
  if (!found.ok) return found;
  const trace: DesignTrace = { ...found.trace, loadBalancer: lb.name, chain: [], chainAt: 0 };
  const rule =
    options.kind === 'natRule' ? lb.inboundNatRules?.find((r) => r.name === options.rule) : lb.rules.find((r) => r.name === options.rule);
  const chained = lb.frontends.find((f) => f.name === rule?.frontend)?.gatewayLoadBalancer;
  return chained ? throughGateway(t, lb, rule!.name, rule!.frontend, chained, trace, options, msg) : { ok: true, trace };
}

function throughGlobal(t: Topology, glb: LoadBalancerDef, options: DesignTraceOptions, msg: ChainMsg): Result {
  const rule = glb.rules.find((r) => r.name === options.rule);
  const frontend = glb.frontends.find((f) => f.name === rule?.frontend);
  const pool = glb.backendPools.find((p) => p.name === rule?.backendPool);
  if (!rule || !frontend || !pool) return traceFlow(lbView(t, glb.name), options) as Result;
  const all = pool.regionalFrontends ?? [];
  const asked = options.regional;
  const refs = asked === undefined ? all : all.filter((r) => matchesRegional(r, asked));
  const words = { rule: rule.name, lb: glb.name, vm: options.vm, port: rule.backendPort };
  if (asked !== undefined && !refs.length) {
    const regional = typeof asked === 'string' ? asked : refText(asked);
    return {
      ok: false,
      error: msg('noSuchRegional', { lb: glb.name, regional, pool: pool.name, frontends: all.map(refText).join(', ') || '-' }),
    };
  }
  for (const ref of refs) {
    const found = regionalTrace(t, ref, rule, options);
    if (found) return { ok: true, trace: globalTrace(glb, rule, frontend.ip, ref.loadBalancer, ref.frontend, found, msg) };
  }
  // The asked-for regional frontend misses the VM: name the ones that reach it, so the fix is one choice away.
  const reaching = asked === undefined ? [] : all.filter((r) => regionalTrace(t, r, rule, options));
  if (reaching.length)
    return {
      ok: false,
      error: msg('regionalMissesVm', { ...words, regional: refs.map(refText).join(', '), frontends: reaching.map(refText).join(', ') }),
    };
  return { ok: false, error: msg('noRegional', { ...words, frontends: refs.map(refText).join(', ') || '-' }) };
}

/** The regional load balancer's trace behind one regional frontend of a Global pool, or undefined when it misses the VM. */
function regionalTrace(t: Topology, ref: FrontendRef, rule: Rule, options: DesignTraceOptions): Trace | undefined {
  const regional = t.loadBalancers[lbIndex(t, ref.loadBalancer)];
  if (!regional) return undefined;
  for (const rr of regionalRules(regional, ref.frontend, rule)) {
    const found = traceFlow(lbView(t, regional.name), { ...options, rule: rr.name, kind: 'rule' });
    if (found.ok) return found.trace;
  }
  return undefined;
}

/** `lb/frontend`, as the CLI's --regional and the errors write a regional frontend. */
function refText(ref: FrontendRef): string {
  return `${ref.loadBalancer}/${ref.frontend}`;
}

/** Whether a pool's regional frontend is the one asked for: a load balancer's name (any of its frontends) or an exact frontend. */
function matchesRegional(ref: FrontendRef, asked: string | FrontendRef): boolean {
  if (typeof asked === 'string') return ref.loadBalancer === asked;
  return ref.loadBalancer === asked.loadBalancer && ref.frontend === asked.frontend;
}

/**
 * The choices a flow's chain offers: a Global rule's regional frontends that reach the VM, a chained frontend's
 * appliances; empty lists for a flow without a chain (the Trace tab shows a select only where there is a choice).
 * @example chainChoices(t, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1' }).regionals // [{ loadBalancer: 'lb-east', frontend: 'web' }]
 */
export function chainChoices(t: Topology, options: DesignTraceOptions): { regionals: FrontendRef[]; appliances: string[] } {
  const lb = t.loadBalancers[lbIndex(t, options.loadBalancer)];
  if (!lb) return { regionals: [], appliances: [] };
  if (lb.tier === 'Global' && options.kind !== 'natRule') {
    const rule = lb.rules.find((r) => r.name === options.rule);
    const pool = lb.backendPools.find((p) => p.name === rule?.backendPool);
    const regionals = rule ? (pool?.regionalFrontends ?? []).filter((r) => regionalTrace(t, r, rule, options)) : [];
    return { regionals, appliances: [] };
  }
  const rule =
    options.kind === 'natRule' ? lb.inboundNatRules?.find((r) => r.name === options.rule) : lb.rules.find((r) => r.name === options.rule);
  const chained = lb.frontends.find((f) => f.name === rule?.frontend)?.gatewayLoadBalancer;
  const gw = chained && t.loadBalancers[lbIndex(t, chained.loadBalancer)];
  return { regionals: [], appliances: gw ? appliancesOf(gw) : [] };
}

/** The VMs of a Gateway load balancer's pools, once each, in pool order: the appliances a chained flow can pass. */
function appliancesOf(gw: LoadBalancerDef): string[] {
  return [...new Set(gw.backendPools.flatMap((p) => p.members.map((m) => (typeof m === 'string' ? m : m.vm))))];
}

// Learn: the Global rule's backend port "should match the frontend port" of the regional rule (and its protocol).
function regionalRules(regional: LoadBalancerDef, frontend: string, rule: Rule): Rule[] {
  return regional.rules.filter((r) => takesGlobalFlow(r, frontend, rule));
}

function globalTrace(
  glb: LoadBalancerDef,
  rule: Rule,
  globalIp: string,
  regional: string,
  frontend: string,
  inner: Trace,
  msg: ChainMsg,
): DesignTrace {
  const first = inner.hops[0]!;
  const regionalIp = first.packet.dstIp;
  const sent: Packet = { ...first.packet, dstIp: globalIp, dstPort: rule.frontendPort };
  // Floating IP on the Global rule keeps the global address as the destination through the regional load balancer, and
  // (as globalVmRows says) up to the VM whatever the regional rule's floating IP: with that off, the NIC IP it would
  // deliver to is the global address too.
  const vmIp = rule.floatingIp && !inner.floatingIp ? inner.hops.find((h) => h.stage === 'lb-to-vm')?.packet.dstIp : undefined;
  const global = (ip: string) => (ip === regionalIp || ip === vmIp ? globalIp : ip);
  const swap = (p: Packet): Packet => (rule.floatingIp ? { ...p, srcIp: global(p.srcIp), dstIp: global(p.dstIp) } : p);
  const hops: Hop[] = inner.hops.map((h, k) => {
    let packet = swap(h.packet);
    let note = h.note;
    if (k === 0) {
      note = rule.floatingIp
        ? msg('globalToRegionalFloating', { lb: glb.name, regional, frontend, rule: inner.rule, globalIp })
        : msg('globalToRegional', { lb: glb.name, regional, frontend, rule: inner.rule });
    }
    if (h.stage === 'lb-to-vm' && vmIp !== undefined) note = msg('globalFloatingAtVm', { vm: inner.vm, globalIp });
    if (h.stage === 'reply-at-client') {
      packet = { ...packet, srcIp: globalIp, srcPort: rule.frontendPort };
      note = `${note} ${msg('replyFromGlobal', { ip: globalIp, port: rule.frontendPort })}`;
    }
    const from = k === 0 ? sent : swap(inner.hops[k - 1]!.packet);
    return {
      ...h,
      packet,
      src: formatEndpoint(packet.srcIp, packet.srcPort),
      dst: formatEndpoint(packet.dstIp, packet.dstPort),
      changed: h.swapped ? h.changed : diff(from, packet),
      note,
    };
  });
  const chain: ChainHop[] = [
    {
      stage: 'client-to-global',
      loadBalancer: glb.name,
      src: formatEndpoint(sent.srcIp, sent.srcPort),
      dst: formatEndpoint(sent.dstIp, sent.dstPort),
      packet: sent,
      note: msg('clientToGlobal', { lb: glb.name, frontend: rule.frontend }),
    },
  ];
  return {
    ...inner,
    ...(vmIp !== undefined && { listenOn: 'loopback' as const }),
    hops,
    loadBalancer: regional,
    chain,
    chainAt: 0,
    global: {
      loadBalancer: glb.name,
      rule: rule.name,
      frontendIp: globalIp,
      frontendPort: rule.frontendPort,
      floatingIp: rule.floatingIp,
      regionalFrontend: frontend,
    },
  };
}

function throughGateway(
  t: Topology,
  lb: LoadBalancerDef,
  rule: string,
  frontend: string,
  chained: { loadBalancer: string; frontend: string },
  trace: DesignTrace,
  options: DesignTraceOptions,
  msg: ChainMsg,
): Result {
  const gw = t.loadBalancers[lbIndex(t, chained.loadBalancer)];
  const words = { frontend, lb: lb.name, gateway: chained.loadBalancer, gatewayFrontend: chained.frontend };
  const gwFrontend = gw?.sku === 'Gateway' ? gw.frontends.find((f) => f.name === chained.frontend) : undefined;
  if (!gw || !gwFrontend) return { ok: false, error: msg('gatewayMissing', words) };
  const appliances = appliancesOf(gw);
  const name = options.appliance ?? appliances[0];
  const vm = t.vms.find((v) => v.name === name);
  if (!vm || !appliances.includes(vm.name)) {
    return { ok: false, error: msg('noAppliance', { gateway: gw.name, vm: String(name ?? ''), vms: appliances.join(', ') || '-' }) };
  }
  const packet = trace.hops[0]!.packet;
  const hop = (stage: ChainStage, loadBalancer: string, note: string, tunnel?: ChainHop['tunnel']): ChainHop => ({
    stage,
    loadBalancer,
    src: formatEndpoint(packet.srcIp, packet.srcPort),
    dst: formatEndpoint(packet.dstIp, packet.dstPort),
    packet,
    note,
    ...(tunnel && { tunnel }),
  });
  const chain = [
    hop('frontend-to-gateway', lb.name, msg('frontendToGateway', { ...words, rule })),
    hop('gateway-to-appliance', gw.name, msg('gatewayToAppliance', { gateway: gw.name, vm: vm.name, ip: vm.nic.ip }), {
      protocol: 'vxlan',
      type: 'external',
      outerDstIp: vm.nic.ip,
    }),
    // The appliance's VXLAN peer is the Gateway load balancer's frontend: the way back is addressed to it, not to itself.
    hop('appliance-to-gateway', gw.name, msg('applianceToGateway', { vm: vm.name, lb: lb.name, rule }), {
      protocol: 'vxlan',
      type: 'internal',
      outerDstIp: gwFrontend.ip,
    }),
  ];
  return {
    ok: true,
    trace: {
      ...trace,
      chain,
      chainAt: 1,
      notes: [...trace.notes, msg('gatewayReply', { vm: vm.name })],
      gateway: { loadBalancer: gw.name, frontend: chained.frontend, appliance: vm.name },
    },
  };
}
