// What the canvas lights at each step of a trace through a whole design (steps.ts): the delivering load balancer's
// own hops on its own elements, and a chain's steps on the elements of the load balancer that moves the packet there:
// the Global load balancer's frontend → rule → pool, the wire from its pool to the regional frontend; the wire from
// a chained frontend to the Gateway's frontend, the Gateway's rule → pool → appliance. Every id names its load
// balancer, so the right one lights whichever the canvas focuses.
import type { DesignTrace } from '../../core/trace/designTrace';
import type { Topology } from '../../core/topology/schema';
import type { TraceStep } from './steps';
import { elementId, hopHighlight, hopWires, wire, type FlowPath, type HopHighlight } from './wires';

/**
 * The elements the delivering load balancer's hops pass through, read from the design: behind a Global load balancer
 * that is the regional load balancer's rule, frontend and pool (the picked row names the Global rule).
 * @example deliveringPath(t, trace) // { kind: 'rule', loadBalancer: 'lb-east', frontend: 'web', rule: 'https', backendPool: 'web', vm: 'web-east-1' }
 */
export function deliveringPath(t: Topology, trace: DesignTrace): FlowPath | undefined {
  const lb = t.loadBalancers.find((l) => l.name === trace.loadBalancer);
  if (trace.kind === 'natRule') {
    const nat = lb?.inboundNatRules?.find((r) => r.name === trace.rule);
    return nat && { kind: 'natRule', loadBalancer: trace.loadBalancer, frontend: nat.frontend, rule: nat.name, vm: trace.vm };
  }
  const rule = lb?.rules.find((r) => r.name === trace.rule);
  return (
    rule && {
      kind: 'rule',
      loadBalancer: trace.loadBalancer,
      frontend: rule.frontend,
      rule: rule.name,
      backendPool: rule.backendPool,
      vm: trace.vm,
    }
  );
}

/**
 * The canvas highlight at step `index`: an own hop as hopHighlight draws it (red from a failing hop on), a chain step
 * on the other load balancer's elements; the Global → regional hop adds the wire between the Global pool and the
 * regional frontend.
 * @example stepHighlight(t, trace, traceSteps(trace), 0, path).wires // ['lb-global/frontend:anycast->lb-global/rule:https', …]
 */
export function stepHighlight(t: Topology, trace: DesignTrace, steps: readonly TraceStep[], index: number, path: FlowPath): HopHighlight {
  const step = steps[index];
  if (!step) return { wires: [], tone: 'normal' };
  const chain = trace.chain.find((c) => c.stage === step.stage);
  const failedAt = trace.hops.findIndex((h) => h.failure);
  // A chain step comes before hops[chainAt]: the packet only got there if no hop before it failed.
  if (chain && (failedAt < 0 || failedAt >= trace.chainAt)) return { wires: chainWires(t, trace, step.stage), tone: 'normal' };
  const lit = hopHighlight(trace.hops, step.hopIndex, path);
  if (trace.global && lit.tone === 'normal' && step.hopIndex === 0 && !chain)
    return { ...lit, wires: [...globalPoolWire(t, trace), ...lit.wires] };
  return lit;
}

function chainWires(t: Topology, trace: DesignTrace, stage: TraceStep['stage']): string[] {
  const g = trace.global;
  if (stage === 'client-to-global' && g) {
    const glb = t.loadBalancers.find((l) => l.name === g.loadBalancer);
    const rule = glb?.rules.find((r) => r.name === g.rule);
    if (!rule) return [];
    const path: FlowPath = {
      kind: 'rule',
      loadBalancer: g.loadBalancer,
      frontend: rule.frontend,
      rule: rule.name,
      backendPool: rule.backendPool,
      vm: '',
    };
    return [
      ...hopWires('client-to-lb', path),
      wire(elementId(g.loadBalancer, 'rule', rule.name), elementId(g.loadBalancer, 'backendPool', rule.backendPool)),
    ];
  }
  const gw = trace.gateway;
  if (!gw) return [];
  const consumer = deliveringPath(t, trace);
  const toGateway = consumer
    ? [wire(elementId(trace.loadBalancer, 'frontend', consumer.frontend), elementId(gw.loadBalancer, 'frontend', gw.frontend))]
    : [];
  if (stage === 'frontend-to-gateway') return toGateway;
  const lb = t.loadBalancers.find((l) => l.name === gw.loadBalancer);
  // The Gateway's rule on its chained frontend whose pool holds the appliance.
  const rule = lb?.rules.find(
    (r) =>
      r.frontend === gw.frontend &&
      lb.backendPools.find((p) => p.name === r.backendPool)?.members.some((m) => (typeof m === 'string' ? m : m.vm) === gw.appliance),
  );
  if (!rule) return toGateway;
  const path: FlowPath = {
    kind: 'rule',
    loadBalancer: gw.loadBalancer,
    frontend: gw.frontend,
    rule: rule.name,
    backendPool: rule.backendPool,
    vm: gw.appliance,
  };
  // Out: frontend → rule → pool → appliance; back: the appliance's wire, then on to the consumer's frontend.
  return stage === 'gateway-to-appliance'
    ? [...hopWires('client-to-lb', path), ...hopWires('lb-to-vm', path)]
    : [...hopWires('vm-reply', path), ...toGateway];
}

/** The wire from the regional frontend the flow takes to the Global pool holding it. */
function globalPoolWire(t: Topology, trace: DesignTrace): string[] {
  const g = trace.global!;
  const rule = t.loadBalancers.find((l) => l.name === g.loadBalancer)?.rules.find((r) => r.name === g.rule);
  if (!rule) return [];
  return [wire(elementId(trace.loadBalancer, 'frontend', g.regionalFrontend), elementId(g.loadBalancer, 'backendPool', rule.backendPool))];
}
