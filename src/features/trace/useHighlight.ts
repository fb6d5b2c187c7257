import { useEffect } from 'react';
import { useUiStore, type HighlightTone } from '../../store/uiStore';

/**
 * Puts wire ids in uiStore as the trace's highlight, in `tone`, while `active`, and takes them out afterwards (not the
 * lesson's).
 */
export function useHighlight(wires: readonly string[], active: boolean, tone: HighlightTone = 'normal'): void {
  // A string key, so a fresh but equal array from the parent does not re-run the effect.
  const key = active ? wires.join('\n') : '';
  useEffect(() => {
    const { highlightWires } = useUiStore.getState();
    highlightWires('trace', key ? key.split('\n') : [], tone);
    return () => highlightWires('trace', []);
  }, [key, tone]);
}
