import { useEffect } from 'react';
import { useUiStore } from '../../store/uiStore';

/** Puts wire ids in uiStore for the canvas to highlight while `active`, and takes them out afterwards. */
export function useHighlight(wires: readonly string[], active: boolean): void {
  // A string key, so a fresh but equal array from the parent does not re-run the effect.
  const key = active ? wires.join('\n') : '';
  useEffect(() => {
    const set = useUiStore.getState().setHighlightedWires;
    set(key ? key.split('\n') : []);
    return () => set([]);
  }, [key]);
}
