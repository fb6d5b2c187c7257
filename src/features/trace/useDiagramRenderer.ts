import { useEffect, useState } from 'react';
import type { designDiagram } from '../../core/diagram/designDiagram';

type Render = typeof designDiagram;

/**
 * The core's diagram renderer, loaded with import() the first time `enabled` is true (the Trace tab is
 * open), so the initial bundle carries none of the diagram code. `render` is undefined until it arrives.
 */
export function useDiagramRenderer(enabled: boolean): { render?: Render; error?: string } {
  const [state, setState] = useState<{ render?: Render; error?: string }>({});
  const wanted = enabled || state.render !== undefined;
  useEffect(() => {
    if (!wanted || state.render || state.error) return;
    let live = true;
    import('../../core/diagram/designDiagram').then(
      (m) => live && setState({ render: m.designDiagram }),
      (e: unknown) => live && setState({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [wanted, state.render, state.error]);
  return state;
}
