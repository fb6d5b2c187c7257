import { AnalysisPanel } from '../features/analysis/AnalysisPanel';
import { Canvas } from '../features/canvas/Canvas';
import { Inspector } from '../features/inspector/Inspector';
import { openLesson } from '../features/lesson/lessonStore';
import { EmptyCanvasCard } from '../features/welcome/EmptyCanvasCard';
import { WelcomeBanner } from '../features/welcome/WelcomeBanner';
import { useRef } from 'react';
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
import { Header } from './Header';
import { LazyLessonPanel } from './LazyLesson';
import { LazyShareDialogs } from './LazyShareDialogs';
import { LazyExportPanel, LazyNsgPanel, LazyScriptsPanel, LazyTracePanel } from './LazyTabs';
import { messages } from './messages';
import { Notices } from './Notices';
import { Workspace } from './Workspace';
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
  const t = useT(messages);
  const canvasRef = useRef<HTMLDivElement>(null);
  useTheme();
  useDocumentLanguage();
  useShortcuts(COMMANDS);

  const extraTabs = [
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
  ] as const;

  return (
    <BoundaryTopologyContext.Provider value={useCurrentTopology}>
      <div className="app">
        <Header />
        <WelcomeBanner onNew={COMMANDS.new} onLesson={openLesson} />
        <main className="app-workspace">
          <Workspace
            canvasRef={canvasRef}
            canvas={
              <PanelBoundary area={t('areaCanvas')} areaId="canvas">
                <Canvas emptyState={<EmptyCanvasCard onLesson={openLesson} />} />
              </PanelBoundary>
            }
            inspector={
              <PanelBoundary area={t('areaInspector')} areaId="inspector">
                <Inspector />
              </PanelBoundary>
            }
            lesson={
              <LessonBoundary>
                <LazyLessonPanel />
              </LessonBoundary>
            }
            analysis={
              <PanelBoundary area={t('areaAnalysis')} areaId="analysis">
                <AnalysisPanel extraTabs={extraTabs} />
              </PanelBoundary>
            }
          />
        </main>
        <Notices anchor={canvasRef} />
        <LazyShareDialogs />
        <FileDropZone onFiles={dropFiles} hint={<DropHint />} />
        <ImportBoundary>
          <ImportDialog />
        </ImportBoundary>
      </div>
    </BoundaryTopologyContext.Provider>
  );
}
