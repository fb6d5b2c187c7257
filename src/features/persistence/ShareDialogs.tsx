import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { topologyCounts } from './counts';
import { useShareStore } from './shareStore';
import { answerSharedTopology } from './shareActions';
import { Dialog } from '../../lib/ui/Dialog';
import { Button } from '../../lib/ui/Button';
import { CodeInput } from '../../lib/ui/Field';

/** Asks before a share link's topology replaces the current work. The safe answer comes first, so it gets the focus. */
export function SharedTopologyPrompt() {
  const t = useT(messages);
  const incoming = useShareStore((s) => s.incoming);
  if (!incoming) return null;
  const counts = topologyCounts(incoming, t);
  const [before, after] = t('sharedBody', { counts }).split('{name}');
  return (
    <Dialog
      title={t('sharedTitle')}
      onCancel={() => answerSharedTopology(false)}
      actions={
        <>
          <Button onClick={() => answerSharedTopology(false)}>{t('keepWork')}</Button>
          <Button variant="primary" onClick={() => answerSharedTopology(true)}>
            {t('openShared')}
          </Button>
        </>
      }
    >
      <p>
        {before}
        <strong>“{incoming.name}”</strong>
        {after}
      </p>
    </Dialog>
  );
}

/** Shows a share link in a text field (focused and selected) when the clipboard is unavailable, to copy by hand. */
export function ManualCopyDialog() {
  const t = useT(messages);
  const link = useShareStore((s) => s.manualCopy);
  if (!link) return null;
  const close = () => useShareStore.setState({ manualCopy: null });
  return (
    <Dialog
      title={t('copyTitle')}
      onCancel={close}
      actions={
        <Button variant="primary" onClick={close}>
          {t('done')}
        </Button>
      }
    >
      <p id="manual-copy-help">{t('copyHelp')}</p>
      <CodeInput
        aria-label={t('shareLink')}
        aria-describedby="manual-copy-help"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
    </Dialog>
  );
}
