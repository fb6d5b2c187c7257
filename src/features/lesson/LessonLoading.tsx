import { useT } from '../../i18n/useT';
import { messages } from './launch/messages';
// The panel's frame is styled before its code arrives: this placeholder and the boundary's message use it too.
import './lesson.css';

/** Stands in the lesson's place while its code loads; a polite status, so a screen reader hears why it is empty. */
export function LessonLoading() {
  const t = useT(messages);
  return (
    <section className="lesson" role="status" aria-live="polite" aria-busy="true">
      <p className="lesson__body">{t('loading')}</p>
    </section>
  );
}
