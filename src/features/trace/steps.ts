// The Trace tab's steps through a whole design: the per-load-balancer hops, with the hops a Global load balancer or
// a Gateway chain adds (core/trace/designTrace.ts) in their place, each labelled with its load balancer.
import type { ChainStage, DesignTrace } from '../../core/trace/designTrace';
import type { Hop, Stage } from '../../core/trace/trace';
import type { MappingRow } from '../../core/mapping/mapping';
import type { LoadBalancerDef, Topology } from '../../core/topology/schema';

/** One step of the stepper: a hop of the delivering load balancer, or a hop another load balancer adds. */
export interface TraceStep {
  stage: Stage | ChainStage;
  /** The load balancer that moves the packet at this step. */
  loadBalancer: string;
  hop: Pick<Hop, 'src' | 'dst' | 'packet' | 'changed' | 'swapped' | 'note' | 'failure' | 'notReached' | 'blockedBy' | 'stage'>;
  /** Chain steps: the VXLAN tunnel the packet is carried in. */
  tunnel?: DesignTrace['chain'][number]['tunnel'];
  /** The delivering load balancer's hop the canvas highlights at this step. */
  hopIndex: number;
}

/**
 * The trace's steps in the packet's order: `chain` goes before `hops[chainAt]`. A chain step highlights the hop before
 * it (the packet is still at the frontend), and changes no header (the Gateway carries the packet unchanged inside VXLAN).
 * @example traceSteps(globalTrace).map((s) => s.stage) // ['client-to-global', 'client-to-lb', 'lb-to-vm', …]
 */
export function traceSteps(trace: DesignTrace): TraceStep[] {
  const own: TraceStep[] = trace.hops.map((hop, hopIndex) => ({ stage: hop.stage, loadBalancer: trace.loadBalancer, hop, hopIndex }));
  const at = Math.max(trace.chainAt - 1, 0);
  const chain: TraceStep[] = trace.chain.map((c) => ({
    stage: c.stage,
    loadBalancer: c.loadBalancer,
    hop: { stage: trace.hops[at]!.stage, src: c.src, dst: c.dst, packet: c.packet, changed: [], note: c.note },
    ...(c.tunnel && { tunnel: c.tunnel }),
    hopIndex: at,
  }));
  own.splice(trace.chainAt, 0, ...chain);
  return own;
}

/**
 * A Global load balancer's pickable flows: its rule × every VM a regional frontend of its pool delivers to with a rule
 * whose frontend port is the Global rule's backend port (as the core's trace goes). Its own mapping has no VM rows.
 * @example globalRows(t, glb, rowsOf).map((r) => `${r.rule}/${r.vm}`) // ['https/web-west-1', …]
 */
export function globalRows(t: Topology, glb: LoadBalancerDef, rowsOf: (lb: string) => readonly MappingRow[]): MappingRow[] {
  const out: MappingRow[] = [];
  for (const rule of glb.rules) {
    const refs = glb.backendPools.find((p) => p.name === rule.backendPool)?.regionalFrontends ?? [];
    const seen = new Set<string>();
    for (const ref of refs) {
      if (!t.loadBalancers.some((lb) => lb.name === ref.loadBalancer)) continue;
      for (const row of rowsOf(ref.loadBalancer)) {
        if (row.frontend !== ref.frontend || row.ruleRef.frontendPort !== rule.backendPort || seen.has(row.vm)) continue;
        seen.add(row.vm);
        out.push({ ...row, rule: rule.name });
      }
    }
  }
  return out;
}
