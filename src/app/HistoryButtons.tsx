import { useStore } from 'zustand';
import { useTopologyStore } from '../store/topologyStore';
import { useT } from '../i18n/useT';
import { COMMANDS, SHORTCUT_HINTS } from './commands';
import { messages } from './messages';
import { Button } from '../lib/ui/Button';

/** Undo and Redo, enabled only when there is something to undo or redo. */
export function HistoryButtons() {
  const t = useT(messages);
  const canUndo = useStore(useTopologyStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useTopologyStore.temporal, (s) => s.futureStates.length > 0);
  return (
    <div className="toolbar-group" role="group" aria-label={t('history')}>
      <Button
        disabled={!canUndo}
        onClick={COMMANDS.undo}
        title={t('undoTitle', { shortcut: SHORTCUT_HINTS.undo.label })}
        aria-keyshortcuts={SHORTCUT_HINTS.undo.aria}
      >
        <span aria-hidden="true">↶</span> {t('undo')}
      </Button>
      <Button
        disabled={!canRedo}
        onClick={COMMANDS.redo}
        title={t('redoTitle', { shortcut: t('redoShortcut', { a: 'Ctrl+Shift+Z', b: 'Ctrl+Y' }) })}
        aria-keyshortcuts={SHORTCUT_HINTS.redo.aria}
      >
        <span aria-hidden="true">↷</span> {t('redo')}
      </Button>
    </div>
  );
}
