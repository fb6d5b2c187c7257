// The canvas's image export draws one load balancer's shape (core/document/canvasSvg.ts). A canvas of several is drawn
// as one picture of them all: their elements side by side, each at the position it has on the canvas.
import { lbKeyPrefix } from '../../core/topology/design';
import type { Layout, LbTopology, Topology } from '../../core/topology/schema';

/**
 * Every load balancer's elements in one one-load-balancer shape, with their canvas positions, for the image export.
 * A name used in two load balancers is drawn once (the picture has no frames to tell them apart).
 * @example pictureOf(t).frontends.length // every load balancer's frontends
 */
export function pictureOf(t: Topology): LbTopology {
  const [head] = t.loadBalancers;
  const { frontends: _f, backendPools: _p, probes: _pr, rules: _r, inboundNatRules: _n, outboundRules: _o, ...loadBalancer } = head!;
  const nat = t.loadBalancers.flatMap((lb) => lb.inboundNatRules ?? []);
  const layout: Layout = {};
  for (const [key, at] of Object.entries(t.layout ?? {})) {
    const lb = t.loadBalancers.find((l) => key.startsWith(lbKeyPrefix(l.name)));
    layout[lb ? key.slice(lbKeyPrefix(lb.name).length) : key] = at;
  }
  return {
    version: 1,
    name: t.name,
    ...(t.description !== undefined && { description: t.description }),
    loadBalancer,
    frontends: t.loadBalancers.flatMap((lb) => lb.frontends),
    backendPools: t.loadBalancers.flatMap((lb) => lb.backendPools),
    probes: t.loadBalancers.flatMap((lb) => lb.probes),
    rules: t.loadBalancers.flatMap((lb) => lb.rules),
    ...(nat.length && { inboundNatRules: nat }),
    vms: t.vms,
    layout,
  };
}
