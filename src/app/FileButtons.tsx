import { ImportButton } from '../features/interop/ImportButton';
import { PreviousWork } from '../features/persistence/PreviousWork';
import { useT } from '../i18n/useT';
import { COMMANDS } from './commands';
import { messages } from './messages';
import { Button } from '../lib/ui/Button';
import { ShortcutButton } from './ShortcutButton';

/** New, Open, Import, Save, Share link and Previous work. */
export function FileButtons() {
  const t = useT(messages);
  return (
    <div className="toolbar-group" role="group" aria-label={t('file')}>
      <Button onClick={COMMANDS.new} title={t('newTitle')}>
        {t('new')}
      </Button>
      <ShortcutButton command="open" title={(shortcut) => t('openTitle', { shortcut })}>
        {t('open')}
      </ShortcutButton>
      <ImportButton />
      <ShortcutButton command="save" title={(shortcut) => t('saveTitle', { shortcut })}>
        {t('save')}
      </ShortcutButton>
      <Button onClick={COMMANDS.share} title={t('shareTitle')}>
        {t('share')}
      </Button>
      <PreviousWork />
    </div>
  );
}
