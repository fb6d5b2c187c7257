import { useEffect, useState } from 'react';

/** A lazily loaded module: undefined while loading, `failed` when the chunk could not be fetched. */
export interface Loaded<T> {
  module: T | undefined;
  failed: boolean;
}

/**
 * Loads a module once `enabled` turns true. Pass a stable `load`, such as one made by loadOnce.
 * A failure is reported, not thrown, so callers fall back to what they can do without the module.
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
