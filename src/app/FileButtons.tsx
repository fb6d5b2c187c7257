import { ImportButton } from '../features/interop/ImportButton';
import { PreviousWork } from '../features/persistence/PreviousWork';
import { useT } from '../i18n/useT';
import { COMMANDS, SHORTCUT_HINTS } from './commands';
import { messages } from './messages';

/** New, Open, Import, Save, Share link and Previous work. */
export function FileButtons() {
  const t = useT(messages);
  return (
    <div className="toolbar-group" role="group" aria-label={t('file')}>
      <button type="button" className="app-button" onClick={COMMANDS.new} title={t('newTitle')}>
        {t('new')}
      </button>
      <button
        type="button"
        className="app-button"
        onClick={COMMANDS.open}
        title={t('openTitle', { shortcut: SHORTCUT_HINTS.open.label })}
        aria-keyshortcuts={SHORTCUT_HINTS.open.aria}
      >
        {t('open')}
      </button>
      <ImportButton />
      <button
        type="button"
        className="app-button"
        onClick={COMMANDS.save}
        title={t('saveTitle', { shortcut: SHORTCUT_HINTS.save.label })}
        aria-keyshortcuts={SHORTCUT_HINTS.save.aria}
      >
        {t('save')}
      </button>
      <button type="button" className="app-button" onClick={COMMANDS.share} title={t('shareTitle')}>
        {t('share')}
      </button>
      <PreviousWork />
    </div>
  );
}
