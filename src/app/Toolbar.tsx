import { ExamplesControl } from './ExamplesControl';
import { FileButtons } from './FileButtons';
import { HistoryButtons } from './HistoryButtons';
import { LessonButton } from '../features/lesson/LessonButton';

/** The header's actions: examples, file, history and the guided lesson. */
export function Toolbar() {
  return (
    <div className="app-toolbar">
      <ExamplesControl />
      <FileButtons />
      <HistoryButtons />
      <LessonButton />
    </div>
  );
}
