import { AnalysisPanel } from '../features/analysis/AnalysisPanel';
import { Canvas } from '../features/canvas/Canvas';
import { Inspector } from '../features/inspector/Inspector';
import { openLesson } from '../features/lesson/lessonStore';
import { EmptyCanvasCard } from '../features/welcome/EmptyCanvasCard';
import { WelcomeBanner } from '../features/welcome/WelcomeBanner';
import { useLessonStore } from '../features/lesson/lessonStore';
import { routeDroppedFiles } from '../features/interop/drop';
import { DropHint, ExportTabLabel } from '../features/interop/labels';
import { ImportDialog } from '../features/interop/ImportDialog';
import { openFile } from '../features/persistence/fileActions';
import { FileDropZone } from '../features/persistence/FileDropZone';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { BoundaryTopologyContext, PanelBoundary } from '../lib/PanelBoundary';
import { useT } from '../i18n/useT';
import { useTopologyStore } from '../store/topologyStore';
import { ImportBoundary, LessonBoundary } from './Boundaries';
import { COMMANDS } from './commands';
import { LanguagePicker } from './LanguagePicker';
import { LazyLessonPanel } from './LazyLesson';
import { LazyShareDialogs } from './LazyShareDialogs';
import { LazyExportPanel, LazyNsgPanel, LazyScriptsPanel, LazyTracePanel } from './LazyTabs';
import { messages } from './messages';
import { Notices } from './Notices';
import { ThemePicker } from './ThemePicker';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';
import { useTheme } from './useTheme';

// Templates (.tf, .bicep, ARM .json) go to the Import dialog; topologies open as before.
const dropFiles = (files: File[]) => void routeDroppedFiles(files, (f) => void openFile(f));

// Handed to every PanelBoundary: each subscribes on its own, so an edit re-renders the boundaries, not the shell.
const useCurrentTopology = () => useTopologyStore((s) => s.topology);

/**
 * The app shell: lays out the features and is the only place they meet.
 * Each feature reads and edits the shared stores in src/store; none imports another.
 */
export function App() {
  const name = useTopologyStore((s) => s.topology.name);
  // The lesson panel lies over the inspector: keyboard and screen reader users must not land in what they cannot see.
  const lessonOpen = useLessonStore((s) => s.phase !== 'closed');
  const t = useT(messages);
  useTheme();
  useDocumentLanguage();
  useShortcuts(COMMANDS);

  return (
    <BoundaryTopologyContext.Provider value={useCurrentTopology}>
      <div className="app">
        <header className="app-header">
          <div className="app-header__inner">
            <h1 className="app-title">Floatplan</h1>
            <section className="app-topology" aria-label={t('topology')}>
              <p className="app-tagline">{name}</p>
              <Toolbar />
            </section>
            <div className="app-theme">
              <LanguagePicker />
              <ThemePicker />
            </div>
          </div>
        </header>
        <WelcomeBanner onNew={COMMANDS.new} onLesson={openLesson} />
        <main className="app-workspace">
          <div className="app-canvas">
            <PanelBoundary area={t('areaCanvas')} areaId="canvas">
              <Canvas emptyState={<EmptyCanvasCard onLesson={openLesson} />} />
            </PanelBoundary>
          </div>
          <aside className="app-inspector" aria-label={t('inspector')} inert={lessonOpen}>
            <PanelBoundary area={t('areaInspector')} areaId="inspector">
              <Inspector />
            </PanelBoundary>
          </aside>
          <div className="app-analysis">
            <PanelBoundary area={t('areaAnalysis')} areaId="analysis">
              <AnalysisPanel
                extraTabs={[
                  {
                    id: 'trace',
                    label: t('traceTab'),
                    panel: (
                      <PanelBoundary area={t('areaTrace')} areaId="trace">
                        <LazyTracePanel />
                      </PanelBoundary>
                    ),
                  },
                  {
                    id: 'scripts',
                    label: t('scriptsTab'),
                    panel: (
                      <PanelBoundary area={t('areaScripts')} areaId="scripts">
                        <LazyScriptsPanel />
                      </PanelBoundary>
                    ),
                  },
                  {
                    id: 'nsg',
                    label: t('nsgTab'),
                    panel: (
                      <PanelBoundary area={t('areaNsg')} areaId="nsg">
                        <LazyNsgPanel />
                      </PanelBoundary>
                    ),
                  },
                  {
                    id: 'export',
                    label: <ExportTabLabel />,
                    panel: (
                      <PanelBoundary area={t('areaExport')} areaId="export">
                        <LazyExportPanel />
                      </PanelBoundary>
                    ),
                  },
                ]}
              />
            </PanelBoundary>
          </div>
          <LessonBoundary>
            <LazyLessonPanel />
          </LessonBoundary>
        </main>
        <Notices />
        <LazyShareDialogs />
        <FileDropZone onFiles={dropFiles} hint={<DropHint />} />
        <ImportBoundary>
          <ImportDialog />
        </ImportBoundary>
      </div>
    </BoundaryTopologyContext.Provider>
  );
}
