import { useState } from 'react';
import type { BundleEntry } from './bundle';
import { copyText } from '../../lib/clipboard';
import { saveBlob } from '../../lib/download';
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
  /** Selects the script on the page, so a user whose browser refused the copy can press Ctrl+C. */
  selectScript: () => void;
}

/** Copy, Download and Download all, with one status line that says what happened. */
export function ScriptActions({ fileName, text, all, selectScript }: ScriptActionsProps) {
  const t = useT(messages);
  const [status, setStatus] = useState('');

  const copy = async () => {
    if (await copyText(text)) {
      setStatus(t('copied', { file: fileName }));
    } else {
      selectScript();
      setStatus(t('copyRefused'));
    }
  };
  const download = () => {
    saveBlob(fileName, scriptBlob(fileName, text));
    setStatus(t('downloaded', { file: fileName }));
  };
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
    <div className="scripts-actions">
      <button type="button" className="app-button" disabled={!text} onClick={() => void copy()}>
        {t('copy')}
      </button>
      <button type="button" className="app-button" disabled={!text} onClick={download}>
        {t('download')}
      </button>
      <button type="button" className="app-button" onClick={() => void downloadAll()}>
        {t('downloadAll')}
      </button>
      <span role="status" className="scripts-actions__status">
        {status}
      </span>
    </div>
  );
}
