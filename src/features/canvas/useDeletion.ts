import { useCallback, useState } from 'react';
import { disconnect } from '../../core/edit/connect';
import { impactEntries, impactText, removeElement } from '../../core/edit/elements';
import { parseNodeId } from '../../core/edit/ids';
import type { LbTopology } from '../../core/topology/schema';
import { useLanguage } from '../../i18n/useT';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';

/** What the user asked to delete, and what that breaks. */
export interface DeleteRequest {
  nodeIds: string[];
  edges: { id: string; source: string; target: string }[];
  impact: string[];
}

/** Deletes wires and elements in one undoable edit; elements last so their references go with them. */
function deleteAll(t: LbTopology, request: DeleteRequest): LbTopology {
  let next = t;
  for (const e of request.edges) next = disconnect(next, e.source, e.target);
  for (const id of request.nodeIds) {
    const ref = parseNodeId(id);
    if (ref) next = removeElement(next, ref.kind, ref.name);
  }
  return next;
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
      const t = useTopologyStore.getState().topology;
      const deleted = new Set(nodeIds);
      // Wires touching a deleted element go with it; the impact lists what survives broken.
      const impact = nodeIds.flatMap((id) => {
        const ref = parseNodeId(id);
        return ref
          ? impactEntries(t, ref.kind, ref.name)
              .filter((i) => !deleted.has(i.affected))
              .map((i) => impactText(i, language))
          : [];
      });
      const next: DeleteRequest = { nodeIds, edges, impact };
      if (impact.length) setPending(next);
      else commit(next);
    },
    [commit, language],
  );

  const cancel = useCallback(() => setPending(undefined), []);
  return { pending, request, confirm: commit, cancel };
}
