import { useStore } from 'zustand';
import { useTopologyStore } from '../store/topologyStore';
import { COMMANDS, SHORTCUT_HINTS } from './commands';

/** Undo and Redo, enabled only when there is something to undo or redo. */
export function HistoryButtons() {
  const canUndo = useStore(useTopologyStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useTopologyStore.temporal, (s) => s.futureStates.length > 0);
  return (
    <div className="toolbar-group" role="group" aria-label="History">
      <button
        type="button"
        className="app-button"
        disabled={!canUndo}
        onClick={COMMANDS.undo}
        title={`Undo (${SHORTCUT_HINTS.undo.label})`}
        aria-keyshortcuts={SHORTCUT_HINTS.undo.aria}
      >
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button
        type="button"
        className="app-button"
        disabled={!canRedo}
        onClick={COMMANDS.redo}
        title={`Redo (${SHORTCUT_HINTS.redo.label})`}
        aria-keyshortcuts={SHORTCUT_HINTS.redo.aria}
      >
        <span aria-hidden="true">↷</span> Redo
      </button>
    </div>
  );
}
