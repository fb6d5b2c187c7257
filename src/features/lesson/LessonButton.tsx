import { useT } from '../../i18n/useT';
import { useLessonStore } from './lessonStore';
import { messages } from './launch/messages';
import { Button } from '../../lib/ui/Button';

/** The button's id, so the panel can hand focus back to it when it closes. */
export const LESSON_BUTTON_ID = 'floatplan-lesson-button';

/**
 * Opens the guided lesson (first a screen saying the canvas will be replaced). Drawn as a "learn" pill with a cap,
 * not as one of the file actions beside it: it changes what the user sees, not what is saved.
 */
export function LessonButton() {
  const t = useT(messages);
  const phase = useLessonStore((s) => s.phase);
  const open = useLessonStore((s) => s.open);
  return (
    <Button id={LESSON_BUTTON_ID} className="lesson-button" aria-expanded={phase !== 'closed'} title={t('buttonTitle')} onClick={open}>
      <svg className="lesson-button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3 1 9l11 6 9-4.9V17h2V9L12 3zm-6.8 9.2V16c0 1.7 3 3.5 6.8 3.5s6.8-1.8 6.8-3.5v-3.8L12 16l-6.8-3.8z" />
      </svg>
      {t('button')}
    </Button>
  );
}
