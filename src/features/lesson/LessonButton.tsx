import { useT } from '../../i18n/useT';
import { useLessonStore } from './lessonStore';
import { messages } from './launch/messages';
import { Button } from '../../lib/ui/Button';

/** The button's id, so the panel can hand focus back to it when it closes. */
export const LESSON_BUTTON_ID = 'floatplan-lesson-button';

/** Opens the guided lesson (first a screen saying the canvas will be replaced). */
export function LessonButton() {
  const t = useT(messages);
  const phase = useLessonStore((s) => s.phase);
  const open = useLessonStore((s) => s.open);
  return (
    <Button id={LESSON_BUTTON_ID} aria-expanded={phase !== 'closed'} title={t('buttonTitle')} onClick={open}>
      {t('button')}
    </Button>
  );
}
