import { ExamplesControl } from './ExamplesControl';
import { FileMenu } from './FileMenu';
import { HistoryButtons } from './HistoryButtons';

/** The header's work actions: examples, the File menu, and Undo/Redo (always visible). */
export function Toolbar() {
  return (
    <div className="app-toolbar">
      <ExamplesControl />
      <FileMenu />
      <HistoryButtons />
    </div>
  );
}
