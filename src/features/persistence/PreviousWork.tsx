import { useState } from 'react';
import { Dialog } from '../../lib/ui/Dialog';
import { downloadText } from '../../lib/download';
import { useLanguage, useT } from '../../i18n/useT';
import { restoreKept } from './keeper';
import { messages } from './messages';
import { topologyCounts } from './counts';
import { MAX_KEPT, readKept, type KeptWork } from './previousWork';
import { serializeTopology, topologyFilename } from './serialize';
import { browserStorage } from './storage';
import { Button } from '../../lib/ui/Button';

/** Whether this browser keeps work at all (the File menu offers Previous work only then). */
export function keepsWork(): boolean {
  return browserStorage() !== null;
}

/** The Previous work dialog: the works kept before replacements, to restore or download. Mounted means open. */
export function PreviousWorkDialog({ onClose }: { onClose: () => void }) {
  const t = useT(messages);
  const store = browserStorage();
  // Read once when opened (not on every render): up to three whole topologies are parsed.
  const [kept] = useState<KeptWork[]>(() => (store ? readKept(store) : []));
  return (
    <Dialog title={t('previousTitle')} onCancel={onClose} cancelLabel={t('close')}>
      <p>{t('previousHelp', { count: MAX_KEPT })}</p>
      {kept.length === 0 ? <p>{t('previousNone')}</p> : null}
      <ul className="previous-work">
        {kept.map((k) => (
          <KeptItem key={k.keptAt} kept={k} onRestore={() => store !== null && restoreKept(store, k.keptAt) && onClose()} />
        ))}
      </ul>
    </Dialog>
  );
}

function KeptItem({ kept, onRestore }: { kept: KeptWork; onRestore: () => void }) {
  const t = useT(messages);
  const language = useLanguage();
  const { topology } = kept;
  const counts = topologyCounts(topology, t);
  const when = new Date(kept.keptAt).toLocaleString(language);
  return (
    <li>
      <span>{t('previousItem', { name: topology.name, when, because: t(`because.${kept.because}`), counts })}</span>{' '}
      <Button onClick={onRestore}>{t('restore')}</Button>{' '}
      <Button variant="quiet" onClick={() => downloadText(topologyFilename(topology.name), serializeTopology(topology))}>
        {t('download')}
      </Button>
    </li>
  );
}
