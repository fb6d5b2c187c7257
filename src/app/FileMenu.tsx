import { useState } from 'react';
import { PreviousWorkDialog } from '../features/persistence/PreviousWork';
import { useT } from '../i18n/useT';
import { MenuButton } from '../lib/ui/MenuButton';
import { useFileActions } from './fileActions';
import { messages } from './messages';

/** The header's File menu: New, Open, Import, Save, Share link and Previous work behind one button. */
export function FileMenu() {
  const t = useT(messages);
  const [previous, setPrevious] = useState(false);
  const items = useFileActions(() => setPrevious(true));
  return (
    <>
      <MenuButton label={t('fileMenu')} title={t('fileMenuTitle')} items={items} className="app-file-menu" />
      {previous ? <PreviousWorkDialog onClose={() => setPrevious(false)} /> : null}
    </>
  );
}
