// The Trace tab's steps through a whole design: the per-load-balancer hops, with the hops a Global load balancer or
// a Gateway chain adds (core/trace/designTrace.ts) in their place, each labelled with its load balancer.
import type { ChainStage, DesignTrace } from '../../core/trace/designTrace';
import type { Hop, Stage } from '../../core/trace/trace';
import type { MappingRow } from '../../core/mapping/mapping';
import { globalVmRows } from '../../core/mapping/globalMapping';
import type { Topology } from '../../core/topology/schema';

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
 * A Global load balancer's pickable flows: its rules × the VMs behind its regional frontends, as the core pairs them
 * (globalVmRows), each as the regional mapping row under the Global rule's name. Its own mapping has no VM rows.
 * @example globalRows(t, 'glb', analysis).map((r) => `${r.rule}/${r.vm}`) // ['https/web-west-1', …]
 */
export function globalRows(t: Topology, glb: string, analysis: Parameters<typeof globalVmRows>[1]): MappingRow[] {
  const out: MappingRow[] = [];
  const seen = new Set<string>();
  for (const g of globalVmRows(t, analysis)) {
    const key = `${g.rule}\u0000${g.vm}`;
    if (g.loadBalancer !== glb || seen.has(key)) continue;
    const part = analysis.parts.find((p) => p.loadBalancer === g.regionalLoadBalancer);
    const row = part?.analysis.rows.find((r) => r.rule === g.regionalRule && r.vm === g.vm && r.frontend === g.regionalFrontend);
    if (!row) continue;
    seen.add(key);
    out.push({ ...row, rule: g.rule });
  }
  return out;
}
