import { useCallback, useState } from 'react';
import type { Topology } from '../core/topology/schema';
import { PresetPicker } from '../features/presets/PresetPicker';
import { PRESETS } from '../features/presets/presets';
import { DEFAULT_TOPOLOGY } from '../store/defaultTopology';
import { replaceWork } from '../store/replaceWork';
import { useTopologyStore } from '../store/topologyStore';

/**
 * The examples picker, wired to the store. It names an example only while that example's topology is
 * on screen unchanged: after an edit, New, Open or a restore it shows none, so picking it again reloads it.
 */
export function ExamplesControl() {
  const topology = useTopologyStore((s) => s.topology);
  const [shown, setShown] = useState({ file: PRESETS[0]!.file, topology: DEFAULT_TOPOLOGY });
  const onLoaded = useCallback((file: string, loaded: Topology) => {
    // The work is kept before an example replaces it; if it cannot be, nothing changes (a notice says why).
    if (replaceWork(loaded, 'example')) setShown({ file, topology: loaded });
  }, []);
  return <PresetPicker current={shown.topology === topology ? shown.file : ''} onLoaded={onLoaded} />;
}
