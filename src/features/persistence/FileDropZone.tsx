import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { openFile } from './fileActions';
import { messages } from './messages';
import { useFileDrop } from './useFileDrop';

const open = (file: File) => void openFile(file);

interface FileDropZoneProps {
  /** Where a dropped file goes (a stable function); by default it opens as a topology. The shell routes other definitions elsewhere. */
  onFile?: (file: File) => void;
  /** The hint while a file is dragged over, for when `onFile` takes more than topologies. */
  hint?: ReactNode;
}

/** Opens a topology file dropped onto the window; shows a hint while one is dragged over. */
export function FileDropZone({ onFile = open, hint }: FileDropZoneProps) {
  const t = useT(messages);
  const dragging = useFileDrop(onFile);
  if (!dragging) return null;
  return (
    <div className="file-drop" aria-hidden="true">
      <p className="file-drop__hint">{hint ?? t('dropHint')}</p>
    </div>
  );
}
