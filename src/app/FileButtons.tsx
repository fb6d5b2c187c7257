import { ImportButton } from '../features/interop/ImportButton';
import { COMMANDS, SHORTCUT_HINTS } from './commands';

/** New, Open, Import, Save and Share link. */
export function FileButtons() {
  return (
    <div className="toolbar-group" role="group" aria-label="File">
      <button type="button" className="app-button" onClick={COMMANDS.new} title="Start an empty topology (undoable)">
        New
      </button>
      <button
        type="button"
        className="app-button"
        onClick={COMMANDS.open}
        title={`Open a topology .json file (${SHORTCUT_HINTS.open.label}); you can also drop one on the window`}
        aria-keyshortcuts={SHORTCUT_HINTS.open.aria}
      >
        Open…
      </button>
      <ImportButton />
      <button
        type="button"
        className="app-button"
        onClick={COMMANDS.save}
        title={`Download the topology as a .json file (${SHORTCUT_HINTS.save.label})`}
        aria-keyshortcuts={SHORTCUT_HINTS.save.aria}
      >
        Save
      </button>
      <button type="button" className="app-button" onClick={COMMANDS.share} title="Copy a link that holds the whole topology">
        Share link
      </button>
    </div>
  );
}
