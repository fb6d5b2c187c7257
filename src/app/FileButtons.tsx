import { ImportButton } from '../features/interop/ImportButton';
import { PreviousWork } from '../features/persistence/PreviousWork';
import { useT } from '../i18n/useT';
import { COMMANDS, SHORTCUT_HINTS } from './commands';
import { messages } from './messages';
import { Button } from '../lib/ui/Button';

/** New, Open, Import, Save, Share link and Previous work. */
export function FileButtons() {
  const t = useT(messages);
  return (
    <div className="toolbar-group" role="group" aria-label={t('file')}>
      <Button onClick={COMMANDS.new} title={t('newTitle')}>
        {t('new')}
      </Button>
      <Button
        onClick={COMMANDS.open}
        title={t('openTitle', { shortcut: SHORTCUT_HINTS.open.label })}
        aria-keyshortcuts={SHORTCUT_HINTS.open.aria}
      >
        {t('open')}
      </Button>
      <ImportButton />
      <Button
        onClick={COMMANDS.save}
        title={t('saveTitle', { shortcut: SHORTCUT_HINTS.save.label })}
        aria-keyshortcuts={SHORTCUT_HINTS.save.aria}
      >
        {t('save')}
      </Button>
      <Button onClick={COMMANDS.share} title={t('shareTitle')}>
        {t('share')}
      </Button>
      <PreviousWork />
    </div>
  );
}
