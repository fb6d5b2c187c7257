import { openFile } from './fileActions';
import { useFileDrop } from './useFileDrop';

const open = (file: File) => void openFile(file);

/** Opens a topology file dropped onto the window; shows a hint while one is dragged over. */
export function FileDropZone() {
  const dragging = useFileDrop(open);
  if (!dragging) return null;
  return (
    <div className="file-drop" aria-hidden="true">
      <p className="file-drop__hint">Drop a topology .json file to open it</p>
    </div>
  );
}
