import { useEffect, useId, useRef, useState } from 'react';
import { LessonButton } from '../features/lesson/LessonButton';
import { PreviousWorkDialog } from '../features/persistence/PreviousWork';
import { useT } from '../i18n/useT';
import { Button } from '../lib/ui/Button';
import { ExamplesControl } from './ExamplesControl';
import { useFileActions } from './fileActions';
import { LanguagePicker } from './LanguagePicker';
import { messages } from './messages';
import { ThemePicker } from './ThemePicker';

/**
 * The phone header's one Menu button (a disclosure): it opens a sheet with the file actions, the examples, the
 * lesson, the language and the theme. Escape closes it and the focus goes back to the button; a file action closes
 * it first, so its dialog hands the focus back to the button too.
 */
export function PhoneMenu() {
  const t = useT(messages);
  const sheetId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [previous, setPrevious] = useState(false);
  const actions = useFileActions(() => setPrevious(true));
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="app-phone-menu">
      <Button ref={button} aria-expanded={open} aria-controls={sheetId} title={t('menuTitle')} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">☰</span> {t('menu')}
      </Button>
      {/* Kept mounted while closed: the examples picker and the lesson button keep their state. */}
      <div id={sheetId} className="app-phone-sheet" hidden={!open}>
        <div className="toolbar-group" role="group" aria-label={t('file')}>
          {actions.map((a) => (
            <Button
              key={a.id}
              title={a.title}
              aria-haspopup={a.dialog ? 'dialog' : undefined}
              onClick={() => {
                close();
                a.run();
              }}
            >
              {a.label}
            </Button>
          ))}
        </div>
        {/* Choosing an example closes the sheet, so the example is seen at once. */}
        <div onChange={close}>
          <ExamplesControl />
        </div>
        <LessonButton />
        <LanguagePicker />
        <ThemePicker />
      </div>
      {previous ? <PreviousWorkDialog onClose={() => setPrevious(false)} /> : null}
    </div>
  );
}
