import { useStore } from 'zustand';
import { useTopologyStore } from '../store/topologyStore';
import { useT } from '../i18n/useT';
import { messages } from './messages';
import { ShortcutButton } from './ShortcutButton';

/** Undo and Redo, enabled only when there is something to undo or redo. */
export function HistoryButtons() {
  const t = useT(messages);
  const canUndo = useStore(useTopologyStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useTopologyStore.temporal, (s) => s.futureStates.length > 0);
  return (
    <div className="toolbar-group app-history" role="group" aria-label={t('history')}>
      <ShortcutButton command="undo" disabled={!canUndo} title={(shortcut) => t('undoTitle', { shortcut })}>
        <span aria-hidden="true">↶</span> <span className="app-history__label">{t('undo')}</span>
      </ShortcutButton>
      {/* Two shortcuts, named in the UI's language ("or" / 「または」). */}
      <ShortcutButton
        command="redo"
        disabled={!canRedo}
        title={() => t('redoTitle', { shortcut: t('redoShortcut', { a: 'Ctrl+Shift+Z', b: 'Ctrl+Y' }) })}
      >
        <span aria-hidden="true">↷</span> <span className="app-history__label">{t('redo')}</span>
      </ShortcutButton>
    </div>
  );
}
