import { useState, type RefObject } from 'react';
import type { ExportFormat } from '../../core/export/types';
import { copyText } from '../../lib/clipboard';
import { downloadText } from '../../lib/download';
import { useT } from '../../i18n/useT';
import { exportMimeType } from './exportFile';
import { messages } from './messages';

interface ExportActionsProps {
  format: ExportFormat;
  fileName: string;
  text: string;
  /** The shown text, selected when the browser refuses to copy so the user can press Ctrl+C. */
  codeRef: RefObject<HTMLElement | null>;
}

/** Copy and Download for the shown export, with one status line that says what happened. */
export function ExportActions({ format, fileName, text, codeRef }: ExportActionsProps) {
  const t = useT(messages);
  const [status, setStatus] = useState('');
  const copy = async () => {
    if (await copyText(text)) {
      setStatus(t('copied', { file: fileName }));
    } else {
      if (codeRef.current) window.getSelection()?.selectAllChildren(codeRef.current);
      setStatus(t('copyRefused'));
    }
  };
  const download = () => {
    downloadText(fileName, text, exportMimeType(format));
    setStatus(t('downloaded', { file: fileName }));
  };
  return (
    <div className="interop-actions">
      <button type="button" className="app-button" onClick={() => void copy()}>
        {t('copy')}
      </button>
      <button type="button" className="app-button" onClick={download}>
        {t('download')}
      </button>
      <span role="status" className="interop-muted">
        {status}
      </span>
    </div>
  );
}
