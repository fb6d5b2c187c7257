import { ExamplesControl } from './ExamplesControl';
import { FileButtons } from './FileButtons';
import { HistoryButtons } from './HistoryButtons';
import { ThemePicker } from './ThemePicker';

/** The header's actions: examples, file, history and theme. */
export function Toolbar() {
  return (
    <div className="app-toolbar">
      <ExamplesControl />
      <FileButtons />
      <HistoryButtons />
      <ThemePicker />
    </div>
  );
}
