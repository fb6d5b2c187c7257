import { useCallback } from 'react';
import { updateElement, type Element } from '../../core/edit/elements';
import type { NodeKind } from '../../core/edit/ids';
import { useTopologyStore } from '../../store/topologyStore';

/** A patcher for one element: each call is one `apply`, so one undo step. */
export function usePatch<K extends NodeKind>(kind: K, name: string): (patch: Partial<Omit<Element<K>, 'name'>>) => void {
  const apply = useTopologyStore((s) => s.apply);
  return useCallback((patch) => apply((t) => updateElement(t, kind, name, patch)), [apply, kind, name]);
}
