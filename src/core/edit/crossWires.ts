// Wiring on a canvas that shows every load balancer: a wire inside one load balancer (or to a shared VM) is that load
// balancer's (connect.ts on its view); a wire between two is one of the references v2 names explicitly: a public
// frontend chained to a Gateway load balancer's frontend, or a regional frontend in a Global load balancer's pool.
import { fill, type Locale } from '../i18n/locale';
import { inLb, lbIndex, lbView } from '../topology/design';
import type { FrontendRef, LoadBalancerDef, Topology } from '../topology/schema';
import { canConnect, connect, disconnect, type Verdict } from './connect';
import { nodeId, type NodeKind } from './ids';
import { messages } from './messages';

/** One end of a wire: an element and its load balancer (none for a VM). */
export interface LbElement {
  kind: NodeKind;
  name: string;
  loadBalancer?: string;
}

// The load balancer whose view a wire inside one load balancer, or to a VM, is judged in.
function homeOf(t: Topology, s: LbElement, d: LbElement): number | undefined {
  if (s.kind !== 'vm' && d.kind !== 'vm' && s.loadBalancer !== d.loadBalancer) return undefined;
  const name = s.kind === 'vm' ? d.loadBalancer : s.loadBalancer;
  return name === undefined ? 0 : lbIndex(t, name);
}

const lbNamed = (t: Topology, name: string | undefined): LoadBalancerDef | undefined =>
  name === undefined ? undefined : t.loadBalancers.find((lb) => lb.name === name);
const sameRef = (a: FrontendRef | undefined, b: FrontendRef) =>
  a !== undefined && a.loadBalancer === b.loadBalancer && a.frontend === b.frontend;
const refText = (r: FrontendRef) => `${r.loadBalancer}/${r.frontend}`;

/**
 * Whether a wire from `s` to `d` is allowed, with a note or the reason in `locale`: inside a load balancer or to a
 * VM, as `canConnect` says in that load balancer; between two, only a public frontend to a Gateway load balancer's
 * frontend, or a regional frontend to a Global load balancer's backend pool.
 * @example canConnectAcross(t, { kind: 'frontend', name: 'pub', loadBalancer: 'web' }, { kind: 'frontend', name: 'gw', loadBalancer: 'nva' })
 */
export function canConnectAcross(t: Topology, s: LbElement, d: LbElement, locale: Locale = 'en'): Verdict {
  const m = messages[locale];
  const home = homeOf(t, s, d);
  if (home !== undefined) {
    if (home < 0) return { ok: false, reason: m.gone };
    // A Gateway load balancer's frontend reaching a VM is the NIC's chain: drawn, but made in the inspector.
    return canConnect(lbView(t, home), nodeId(s.kind, s.name), nodeId(d.kind, d.name), locale);
  }
  if (s.kind !== 'frontend' || (d.kind !== 'frontend' && d.kind !== 'backendPool')) return { ok: false, reason: m['across.wrong'] };
  const from = lbNamed(t, s.loadBalancer);
  const to = lbNamed(t, d.loadBalancer);
  const fe = from?.frontends.find((f) => f.name === s.name);
  if (!from || !to || !fe) return { ok: false, reason: m.gone };
  const ref: FrontendRef = { loadBalancer: to.name, frontend: d.name };
  if (d.kind === 'frontend') {
    if (!to.frontends.some((f) => f.name === d.name)) return { ok: false, reason: m.gone };
    if (to.sku !== 'Gateway') return { ok: false, reason: fill(m['across.notGateway'], { lb: to.name }) };
    if (from.type !== 'Public') return { ok: false, reason: fill(m['across.notPublic'], { lb: from.name }) };
    if (sameRef(fe.gatewayLoadBalancer, ref))
      return { ok: false, reason: fill(m['across.sameChain'], { frontend: s.name, target: refText(ref) }) };
    return fe.gatewayLoadBalancer
      ? { ok: true, note: fill(m['across.movesChain'], { frontend: s.name, from: refText(fe.gatewayLoadBalancer), to: refText(ref) }) }
      : { ok: true };
  }
  const pool = to.backendPools.find((p) => p.name === d.name);
  if (!pool) return { ok: false, reason: m.gone };
  if (to.tier !== 'Global') return { ok: false, reason: fill(m['across.notGlobal'], { lb: to.name }) };
  if (from.tier === 'Global') return { ok: false, reason: fill(m['across.fromGlobal'], { frontend: s.name }) };
  const member: FrontendRef = { loadBalancer: from.name, frontend: s.name };
  if (pool.regionalFrontends?.some((r) => sameRef(r, member)))
    return { ok: false, reason: fill(m['across.alreadyMember'], { frontend: s.name, lb: from.name, pool: d.name }) };
  return { ok: true };
}

/** Applies a wire `canConnectAcross` allows (the topology unchanged otherwise): one pure edit. */
export function connectAcross(t: Topology, s: LbElement, d: LbElement): Topology {
  if (!canConnectAcross(t, s, d).ok) return t;
  const home = homeOf(t, s, d);
  if (home !== undefined) return inLb(home, (v) => connect(v, nodeId(s.kind, s.name), nodeId(d.kind, d.name)))(t);
  const ref: FrontendRef = { loadBalancer: d.loadBalancer!, frontend: d.name };
  const member: FrontendRef = { loadBalancer: s.loadBalancer!, frontend: s.name };
  return {
    ...t,
    loadBalancers: t.loadBalancers.map((lb) => {
      if (d.kind === 'frontend' && lb.name === s.loadBalancer)
        return { ...lb, frontends: lb.frontends.map((f) => (f.name === s.name ? { ...f, gatewayLoadBalancer: ref } : f)) };
      if (d.kind === 'backendPool' && lb.name === d.loadBalancer)
        return {
          ...lb,
          backendPools: lb.backendPools.map((p) =>
            p.name === d.name ? { ...p, regionalFrontends: [...(p.regionalFrontends ?? []), member] } : p,
          ),
        };
      return lb;
    }),
  };
}

/**
 * Removes a wire: inside a load balancer as `disconnect` does; between two, the Gateway chain or the Global pool
 * member it draws; from a Gateway load balancer's frontend to a VM, the NIC's chain.
 */
export function disconnectAcross(t: Topology, s: LbElement, d: LbElement): Topology {
  if (s.kind === 'frontend' && d.kind === 'vm') {
    const chain: FrontendRef = { loadBalancer: s.loadBalancer ?? '', frontend: s.name };
    if (!t.vms.some((vm) => vm.name === d.name && sameRef(vm.nic.gatewayLoadBalancer, chain))) return t;
    return {
      ...t,
      vms: t.vms.map((vm) => {
        if (vm.name !== d.name || !sameRef(vm.nic.gatewayLoadBalancer, chain)) return vm;
        const { gatewayLoadBalancer: _gone, ...nic } = vm.nic;
        return { ...vm, nic };
      }),
    };
  }
  const home = homeOf(t, s, d);
  if (home !== undefined) return home < 0 ? t : inLb(home, (v) => disconnect(v, nodeId(s.kind, s.name), nodeId(d.kind, d.name)))(t);
  const ref: FrontendRef = { loadBalancer: d.loadBalancer ?? '', frontend: d.name };
  const member: FrontendRef = { loadBalancer: s.loadBalancer ?? '', frontend: s.name };
  return {
    ...t,
    loadBalancers: t.loadBalancers.map((lb) => {
      if (
        d.kind === 'frontend' &&
        lb.name === s.loadBalancer &&
        lb.frontends.some((f) => f.name === s.name && sameRef(f.gatewayLoadBalancer, ref))
      )
        return {
          ...lb,
          frontends: lb.frontends.map((f) => {
            if (f.name !== s.name || !sameRef(f.gatewayLoadBalancer, ref)) return f;
            const { gatewayLoadBalancer: _gone, ...rest } = f;
            return rest;
          }),
        };
      if (d.kind === 'backendPool' && lb.name === d.loadBalancer)
        return {
          ...lb,
          backendPools: lb.backendPools.map((p) =>
            p.name === d.name && p.regionalFrontends?.some((r) => sameRef(r, member))
              ? { ...p, regionalFrontends: p.regionalFrontends.filter((r) => !sameRef(r, member)) }
              : p,
          ),
        };
      return lb;
    }),
  };
}
