import type { RefObject } from 'react';
import type { ExportFormat } from '../../core/export/types';
import { downloadText } from '../../lib/download';
import { ActionBar } from '../../lib/ui/ActionBar';
import { Button } from '../../lib/ui/Button';
import { useFileActions } from '../../lib/ui/fileActions';
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
  const said = { copied: t('copied', { file: fileName }), copyRefused: t('copyRefused'), downloaded: t('downloaded', { file: fileName }) };
  const { status, copy, download } = useFileActions(text, codeRef, () => downloadText(fileName, text, exportMimeType(format)), said);
  return (
    <ActionBar status={status}>
      <Button onClick={() => void copy()}>{t('copy')}</Button>
      <Button onClick={download}>{t('download')}</Button>
    </ActionBar>
  );
}
