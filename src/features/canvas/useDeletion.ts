import { useCallback, useState } from 'react';
import { disconnectAcross } from '../../core/edit/crossWires';
import { impactEntries, impactText, removeElement } from '../../core/edit/elements';
import { inLb, lbIndex, lbView } from '../../core/topology/design';
import type { Topology } from '../../core/topology/schema';
import { useLanguage } from '../../i18n/useT';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { canvasId, parseCanvasId } from './canvasIds';
import { wireEnds } from './connectionVerdict';

/** What the user asked to delete, and what that breaks. */
export interface DeleteRequest {
  nodeIds: string[];
  edges: { id: string; source: string; target: string }[];
  impact: string[];
}

/**
 * Deletes wires and elements in one undoable edit; elements last so their references go with them. A VM goes from
 * every load balancer's pools; an element of a load balancer from that one.
 */
export function deleteAll(t: Topology, request: Pick<DeleteRequest, 'nodeIds' | 'edges'>): Topology {
  let next = t;
  for (const e of request.edges) {
    const ends = wireEnds(next, e.source, e.target);
    if (ends) next = disconnectAcross(next, ...ends);
  }
  for (const id of request.nodeIds) {
    const ref = parseCanvasId(id);
    if (!ref) continue;
    const lb = ref.kind === 'vm' ? 0 : ref.loadBalancer === undefined ? 0 : lbIndex(next, ref.loadBalancer);
    if (lb >= 0) next = inLb(lb, (v) => removeElement(v, ref.kind, ref.name))(next);
  }
  return next;
}

/** What deleting the nodes breaks and survives, in words: per load balancer for its elements, over all of them for a VM. */
function impactOf(t: Topology, nodeIds: readonly string[], locale: Parameters<typeof impactText>[1]): string[] {
  const deleted = new Set(nodeIds);
  return nodeIds.flatMap((id) => {
    const ref = parseCanvasId(id);
    if (!ref) return [];
    const lbs = ref.kind === 'vm' ? t.loadBalancers.map((lb) => lb.name) : [ref.loadBalancer ?? t.loadBalancers[0]?.name];
    return lbs.flatMap((lb) => {
      const i = lb === undefined ? -1 : lbIndex(t, lb);
      if (i < 0) return [];
      return impactEntries(lbView(t, i), ref.kind, ref.name)
        .filter((entry) => {
          const affected = parseCanvasId(entry.affected);
          return !affected || !deleted.has(canvasId(lb, affected.kind, affected.name));
        })
        .map((entry) => impactText(entry, locale));
    });
  });
}

/**
 * Deletion with a confirmation step when removing elements breaks references.
 * `request` deletes at once when nothing breaks, otherwise holds the request for the dialog.
 */
export function useDeletion() {
  const [pending, setPending] = useState<DeleteRequest | undefined>();
  const language = useLanguage();

  const commit = useCallback((request: DeleteRequest) => {
    useTopologyStore.getState().apply((t) => deleteAll(t, request));
    if (request.nodeIds.length) useUiStore.getState().select([]);
    setPending(undefined);
  }, []);

  const request = useCallback(
    (nodeIds: string[], edges: DeleteRequest['edges']) => {
      if (!nodeIds.length && !edges.length) return;
      const impact = impactOf(useTopologyStore.getState().topology, nodeIds, language);
      const next: DeleteRequest = { nodeIds, edges, impact };
      if (impact.length) setPending(next);
      else commit(next);
    },
    [commit, language],
  );

  const cancel = useCallback(() => setPending(undefined), []);
  return { pending, request, confirm: commit, cancel };
}
