import { useCallback } from 'react';
import { updateElement, type Element } from '../../core/edit/elements';
import type { NodeKind } from '../../core/edit/ids';
import { applyInLb } from '../../store/lbFocus';

/** A patcher for one element of the focused load balancer: each call is one `apply`, so one undo step. */
export function usePatch<K extends NodeKind>(kind: K, name: string): (patch: Partial<Omit<Element<K>, 'name'>>) => void {
  return useCallback((patch) => applyInLb((t) => updateElement(t, kind, name, patch)), [kind, name]);
}
