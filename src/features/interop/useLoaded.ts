import { useEffect, useState } from 'react';

/** A lazily loaded module: undefined while loading, `failed` when the chunk could not be fetched. */
export interface Loaded<T> {
  module: T | undefined;
  failed: boolean;
}

/**
 * Loads a module once `enabled` turns true; pass a stable `load`. A failure is reported, not thrown.
 * (Same as the Scripts tab's hook; a candidate for src/lib.)
 */
export function useLoaded<T extends object>(load: () => Promise<T>, enabled: boolean): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ module: undefined, failed: false });
  useEffect(() => {
    if (!enabled || state.module) return;
    let live = true;
    load().then(
      (module) => live && setState({ module, failed: false }),
      () => live && setState({ module: undefined, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load, enabled, state.module]);
  return state;
}
