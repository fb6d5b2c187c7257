import { useCallback, useState } from 'react';
import type { Topology } from '../core/topology/schema';
import { AnalysisPanel } from '../features/analysis/AnalysisPanel';
import { Canvas } from '../features/canvas/Canvas';
import { Inspector } from '../features/inspector/Inspector';
import { PresetPicker } from '../features/presets/PresetPicker';
import { PRESETS } from '../features/presets/presets';
import { useTopologyStore } from '../store/topologyStore';

/**
 * The app shell: lays out the features and is the only place they meet.
 * Each feature reads and edits the shared stores in src/store; none imports another.
 */
export function App() {
  const replace = useTopologyStore((s) => s.replace);
  const name = useTopologyStore((s) => s.topology.name);
  const [preset, setPreset] = useState(PRESETS[0]!.file);
  const onLoaded = useCallback(
    (file: string, topology: Topology) => {
      setPreset(file);
      replace(topology);
    },
    [replace],
  );

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__inner">
          <h1 className="app-title">Floatplan</h1>
          <section className="app-topology" aria-label="Topology">
            <p className="app-tagline">{name}</p>
            <div className="app-toolbar" role="toolbar" aria-label="Topology actions">
              <PresetPicker current={preset} onLoaded={onLoaded} />
            </div>
          </section>
        </div>
      </header>
      <main className="app-workspace">
        <div className="app-canvas">
          <Canvas />
        </div>
        <aside className="app-inspector" aria-label="Inspector">
          <Inspector />
        </aside>
        <div className="app-analysis">
          <AnalysisPanel />
        </div>
      </main>
    </div>
  );
}
