import type { RefObject } from 'react';
import type { BundleEntry } from './bundle';
import { saveBlob } from '../../lib/download';
import { ActionBar } from '../../lib/ui/ActionBar';
import { Button } from '../../lib/ui/Button';
import { useFileActions } from '../../lib/ui/fileActions';
import { scriptBlob } from './saveFile';
import { loadZip } from './lazyModules';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

interface ScriptActionsProps {
  fileName: string;
  /** Empty when the core refused to write the script. */
  text: string;
  /** Builds "download all" on demand, so the other VMs' scripts are only generated when asked for. */
  all: () => { fileName: string; entries: BundleEntry[]; refused: string[] };
  /** The shown script, selected when the browser refuses to copy so the user can press Ctrl+C. */
  codeRef: RefObject<HTMLElement | null>;
}

/** Copy, Download and Download all, with one status line that says what happened. */
export function ScriptActions({ fileName, text, all, codeRef }: ScriptActionsProps) {
  const t = useT(messages);
  const said = { copied: t('copied', { file: fileName }), copyRefused: t('copyRefused'), downloaded: t('downloaded', { file: fileName }) };
  const { status, setStatus, copy, download } = useFileActions(text, codeRef, () => saveBlob(fileName, scriptBlob(fileName, text)), said);
  const downloadAll = async () => {
    const bundle = all();
    setStatus(t('zipping'));
    try {
      const { zipBundle } = await loadZip();
      saveBlob(bundle.fileName, zipBundle(bundle.entries));
      const missing = bundle.refused.length ? t('leftOut', { names: bundle.refused.join(', ') }) : '';
      setStatus(t('downloadedAll', { file: bundle.fileName, n: bundle.entries.length, missing }));
    } catch {
      setStatus(t('zipFailed'));
    }
  };

  return (
    <ActionBar status={status}>
      <Button disabled={!text} onClick={() => void copy()}>
        {t('copy')}
      </Button>
      <Button disabled={!text} onClick={download}>
        {t('download')}
      </Button>
      <Button onClick={() => void downloadAll()}>{t('downloadAll')}</Button>
    </ActionBar>
  );
}
