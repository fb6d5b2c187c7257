// The references from one load balancer to another: a Global load balancer's pool naming regional frontends
// (cross-region-overview) and Gateway chains from a public frontend or a NIC (gateway-overview).
import { diagnostic, SOURCES, type Diagnostic, type ElementRef } from '../diagnostics/diagnostic';
import { lbIndex } from '../topology/design';
import type { FrontendRef, LoadBalancerDef, Topology } from '../topology/schema';
import { names, text, type Text } from './catalogText';
import { ref } from './refs';

/** An element of load balancer `lb`, as a diagnostic ref. */
export const lbRef = (kind: ElementRef['kind'], name: string, lb: string): ElementRef => ({ kind, name, loadBalancer: lb });

/** The load balancer and frontend a reference names, or the diagnostic text of what is missing. */
function resolve(t: Topology, r: FrontendRef, owner: Text): { lb: LoadBalancerDef } | { missing: Text; refs: ElementRef[] } {
  const i = lbIndex(t, r.loadBalancer);
  if (i < 0) return { missing: text('CrossLoadBalancerReferenceUnresolved.lb', { owner, target: r.loadBalancer }), refs: [] };
  const lb = t.loadBalancers[i]!;
  if (!lb.frontends.some((f) => f.name === r.frontend)) {
    return {
      missing: text('CrossLoadBalancerReferenceUnresolved.frontend', {
        owner,
        target: lb.name,
        frontend: r.frontend,
        frontends: names(lb.frontends.map((f) => f.name)),
      }),
      refs: [ref('loadBalancer', lb.name)],
    };
  }
  return { lb };
}

function unresolved(refs: ElementRef[], missing: Text, source: string): Diagnostic {
  return diagnostic('error', 'CrossLoadBalancerReferenceUnresolved', refs, missing, source);
}

/** Every Global pool reference and every Gateway chain of the topology: resolved, and of the right kind at both ends. */
export function checkReferencesAcross(t: Topology, out: Diagnostic[]): void {
  for (const lb of t.loadBalancers) {
    for (const fe of lb.frontends) if (fe.gatewayLoadBalancer) checkFrontendChain(t, lb, fe.name, fe.gatewayLoadBalancer, out);
    if (lb.tier === 'Global') for (const pool of lb.backendPools) checkGlobalPool(t, lb, pool.name, pool.regionalFrontends ?? [], out);
  }
  for (const vm of t.vms) {
    const chain = vm.nic.gatewayLoadBalancer;
    if (!chain) continue;
    const owner = text('owner.nic', { vm: vm.name, nic: vm.nic.name });
    const refs = [ref('vm', vm.name)];
    if (!vm.nic.publicIp) {
      out.push(
        diagnostic(
          'error',
          'GatewayChainSourceNotPublicStandard',
          refs,
          text('GatewayChainSourceNotPublicStandard.nic', { vm: vm.name, nic: vm.nic.name }),
          SOURCES.gateway,
        ),
      );
    }
    checkChainTarget(t, chain, owner, refs, out);
  }
}

function checkFrontendChain(t: Topology, lb: LoadBalancerDef, frontend: string, chain: FrontendRef, out: Diagnostic[]): void {
  const refs = [lbRef('frontend', frontend, lb.name), lbRef('loadBalancer', lb.name, lb.name)];
  const tier = lb.tier ?? 'Regional';
  if (lb.sku !== 'Standard' || lb.type !== 'Public' || tier !== 'Regional') {
    out.push(
      diagnostic(
        'error',
        'GatewayChainSourceNotPublicStandard',
        refs,
        text('GatewayChainSourceNotPublicStandard.frontend', { frontend, lb: lb.name, sku: lb.sku, type: lb.type, tier }),
        SOURCES.gateway,
      ),
    );
  }
  checkChainTarget(t, chain, text('owner.frontend', { frontend, lb: lb.name }), refs, out);
}

function checkChainTarget(t: Topology, chain: FrontendRef, owner: Text, refs: ElementRef[], out: Diagnostic[]): void {
  const found = resolve(t, chain, owner);
  if ('missing' in found) {
    out.push(unresolved([...refs, ...found.refs], found.missing, SOURCES.gateway));
    return;
  }
  const target = found.lb;
  if (target.sku === 'Gateway') return;
  out.push(
    diagnostic(
      'error',
      'GatewayChainTargetNotGateway',
      [...refs, lbRef('frontend', chain.frontend, target.name)],
      text('GatewayChainTargetNotGateway', { owner, frontend: chain.frontend, target: target.name, sku: target.sku }),
      SOURCES.gateway,
    ),
  );
}

function checkGlobalPool(t: Topology, lb: LoadBalancerDef, pool: string, members: readonly FrontendRef[], out: Diagnostic[]): void {
  const owner = text('owner.globalPool', { pool, lb: lb.name });
  const poolRefs = [lbRef('backendPool', pool, lb.name), lbRef('loadBalancer', lb.name, lb.name)];
  for (const member of members) {
    const found = resolve(t, member, owner);
    if ('missing' in found) {
      out.push(unresolved([...poolRefs, ...found.refs], found.missing, SOURCES.crossRegion));
      continue;
    }
    const target = found.lb;
    const tier = target.tier ?? 'Regional';
    const targetRefs = [...poolRefs, lbRef('frontend', member.frontend, target.name)];
    if (target.sku !== 'Standard' || target.type !== 'Public' || tier !== 'Regional') {
      out.push(
        diagnostic(
          'error',
          'GlobalPoolFrontendNotPublicStandardRegional',
          targetRefs,
          text('GlobalPoolFrontendNotPublicStandardRegional', {
            pool,
            lb: lb.name,
            frontend: member.frontend,
            target: target.name,
            sku: target.sku,
            type: target.type,
            tier,
          }),
          SOURCES.crossRegion,
        ),
      );
      continue;
    }
    checkGlobalPorts(lb, pool, member, target, [lbRef('frontend', member.frontend, target.name), poolRefs[0]!], out);
  }
}

// Learn: the backend port of the Global rule should match the frontend port of a rule or inbound NAT rule of the
// regional load balancer (on the frontend in the pool).
function checkGlobalPorts(
  lb: LoadBalancerDef,
  pool: string,
  member: FrontendRef,
  target: LoadBalancerDef,
  refs: ElementRef[],
  out: Diagnostic[],
) {
  const listening = new Set<number>();
  for (const r of [...target.rules, ...(target.inboundNatRules ?? [])]) if (r.frontend === member.frontend) listening.add(r.frontendPort);
  for (const rule of lb.rules) {
    if (rule.backendPool !== pool || listening.has(rule.backendPort)) continue;
    out.push(
      diagnostic(
        'warning',
        'GlobalBackendPortUnmatched',
        [lbRef('rule', rule.name, lb.name), lbRef('loadBalancer', lb.name, lb.name), ...refs],
        text('GlobalBackendPortUnmatched', {
          rule: rule.name,
          lb: lb.name,
          protocol: rule.protocol,
          port: rule.backendPort,
          frontend: member.frontend,
          target: target.name,
        }),
        SOURCES.crossRegion,
      ),
    );
  }
}
