import { AnalysisPanel } from '../features/analysis/AnalysisPanel';
import { Canvas } from '../features/canvas/Canvas';
import { Inspector } from '../features/inspector/Inspector';
import { FileDropZone } from '../features/persistence/FileDropZone';
import { ManualCopyDialog, SharedTopologyPrompt } from '../features/persistence/ShareDialogs';
import { ScriptsPanel } from '../features/scripts/ScriptsPanel';
import { TracePanel } from '../features/trace/TracePanel';
import { useTopologyStore } from '../store/topologyStore';
import { COMMANDS } from './commands';
import { Notices } from './Notices';
import { ThemePicker } from './ThemePicker';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';
import { useTheme } from './useTheme';

/**
 * The app shell: lays out the features and is the only place they meet.
 * Each feature reads and edits the shared stores in src/store; none imports another.
 */
export function App() {
  const name = useTopologyStore((s) => s.topology.name);
  useTheme();
  useShortcuts(COMMANDS);

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__inner">
          <h1 className="app-title">Floatplan</h1>
          <section className="app-topology" aria-label="Topology">
            <p className="app-tagline">{name}</p>
            <Toolbar />
          </section>
          <div className="app-theme">
            <ThemePicker />
          </div>
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
          <AnalysisPanel extraTabs={[{ id: 'trace', label: 'Trace', panel: <TracePanel /> }, { id: 'scripts', label: 'Scripts', panel: <ScriptsPanel /> }]} />
        </div>
      </main>
      <Notices />
      <SharedTopologyPrompt />
      <ManualCopyDialog />
      <FileDropZone />
    </div>
  );
}
