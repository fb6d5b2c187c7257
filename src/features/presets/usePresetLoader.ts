import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadError } from '../../core/topology/load';
import type { Topology } from '../../core/topology/schema';
import { fetchPreset } from './fetchPreset';

export interface PresetFailure {
  file: string;
  errors: LoadError[];
}

/**
 * Loads presets on demand. Only the latest request counts: choosing again aborts the previous fetch.
 * `onLoaded` receives the topology; failures are kept here for the picker to show.
 */
export function usePresetLoader(onLoaded: (file: string, topology: Topology) => void) {
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<PresetFailure | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  const load = useCallback(
    async (file: string) => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setPending(file);
      setFailure(null);
      try {
        const result = await fetchPreset(file, controller.signal);
        if (controller.signal.aborted) return;
        if (result.ok) onLoaded(file, result.topology);
        else setFailure({ file, errors: result.errors });
      } catch {
        // Aborted by a newer choice or by unmounting: that request no longer matters.
        return;
      } finally {
        if (inFlight.current === controller) {
          inFlight.current = null;
          setPending(null);
        }
      }
    },
    [onLoaded],
  );

  return { pending, failure, load };
}
