import { useState } from 'react';
import type { BundleEntry } from './bundle';
import { copyText } from '../../lib/clipboard';
import { saveBlob } from '../../lib/download';
import { scriptMimeType } from './saveFile';
import { loadZip } from './lazyModules';

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
  const [status, setStatus] = useState('');

  const copy = async () => {
    if (await copyText(text)) {
      setStatus(`Copied ${fileName} to the clipboard.`);
    } else {
      selectScript();
      setStatus('The browser refused to copy: the script is selected, press Ctrl+C (⌘C).');
    }
  };
  const download = () => {
    saveBlob(fileName, new Blob([text], { type: scriptMimeType(fileName) }));
    setStatus(`Downloaded ${fileName}.`);
  };
  const downloadAll = async () => {
    const bundle = all();
    setStatus('Zipping…');
    try {
      const { zipBundle } = await loadZip();
      saveBlob(bundle.fileName, zipBundle(bundle.entries));
      const missing = bundle.refused.length ? ` Left out (see their diagnostics): ${bundle.refused.join(', ')}.` : '';
      setStatus(`Downloaded ${bundle.fileName} (${bundle.entries.length} scripts).${missing}`);
    } catch {
      setStatus('Could not load the zip library (offline?). Download the scripts one by one.');
    }
  };

  return (
    <div className="scripts-actions">
      <button type="button" className="app-button" disabled={!text} onClick={() => void copy()}>
        Copy
      </button>
      <button type="button" className="app-button" disabled={!text} onClick={download}>
        Download
      </button>
      <button type="button" className="app-button" onClick={() => void downloadAll()}>
        Download all (.zip)
      </button>
      <span role="status" className="scripts-actions__status">
        {status}
      </span>
    </div>
  );
}
