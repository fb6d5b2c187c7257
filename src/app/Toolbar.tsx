import { ExamplesControl } from './ExamplesControl';
import { FileButtons } from './FileButtons';
import { HistoryButtons } from './HistoryButtons';

/** The header's actions: examples, file and history. */
export function Toolbar() {
  return (
    <div className="app-toolbar">
      <ExamplesControl />
      <FileButtons />
      <HistoryButtons />
    </div>
  );
}
