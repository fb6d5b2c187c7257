import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { openFile } from './fileActions';
import { messages } from './messages';
import { useFileDrop } from './useFileDrop';
import './persistence.css';

// A topology is one file: the first of several dropped.
const open = (files: File[]) => void (files[0] && openFile(files[0]));

interface FileDropZoneProps {
  /** Where dropped files go (a stable function); by default the first opens as a topology. The shell routes other definitions elsewhere. */
  onFiles?: (files: File[]) => void;
  /** The hint while a file is dragged over, for when `onFile` takes more than topologies. */
  hint?: ReactNode;
}

/** Opens a topology file dropped onto the window; shows a hint while one is dragged over. */
export function FileDropZone({ onFiles = open, hint }: FileDropZoneProps) {
  const t = useT(messages);
  const dragging = useFileDrop(onFiles);
  if (!dragging) return null;
  return (
    <div className="file-drop" aria-hidden="true">
      <p className="file-drop__hint">{hint ?? t('dropHint')}</p>
    </div>
  );
}
