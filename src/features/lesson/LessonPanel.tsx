import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useLanguage, useT } from '../../i18n/useT';
import { LESSON_BUTTON_ID } from './LessonButton';
import { lessonData } from './lessonData';
import { useLessonStore } from './lessonStore';
import { messages } from './messages';
import { Quiz } from './Quiz';
import { StepView } from './StepView';
import './lesson.css';
import { Button } from '../../lib/ui/Button';
import { VisuallyHidden } from '../../lib/ui/VisuallyHidden';

/**
 * The guided lesson: a non-modal panel beside the canvas (which stays usable), one step at a time. Each step
 * loads its topology into the real store and points at the canvas; leaving puts the user's topology back.
 * Escape closes it (leaving the lesson); focus moves to each new step's heading and back to the Lesson button.
 */
export function LessonPanel() {
  const t = useT(messages);
  const language = useLanguage();
  const { phase, step, cancel, start, goTo, leave, discard } = useLessonStore();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const wasOpen = useRef(false);

  useEffect(() => {
    if (phase !== 'closed') {
      heading.current?.focus();
      wasOpen.current = true;
    } else if (wasOpen.current) {
      wasOpen.current = false;
      document.getElementById(LESSON_BUTTON_ID)?.focus();
    }
  }, [phase, step]);

  if (phase === 'closed') return null;
  const lesson = lessonData(language);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if (phase === 'running') leave();
    else if (phase === 'intro') cancel();
  };

  const current = lesson.steps[step]!;
  const last = step === lesson.steps.length - 1;

  return (
    <section
      className="lesson"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      data-step={phase === 'running' ? current.id : phase}
    >
      <p className="lesson__kicker">{t('panel')}</p>
      {phase === 'intro' ? (
        <>
          <h2 id={titleId} ref={heading} tabIndex={-1} className="lesson__title">
            {t('introTitle')}
          </h2>
          <div className="lesson__body">
            <p>{t('introBody')}</p>
            <p className="lesson__note">{t('introReplace')}</p>
          </div>
          <div className="lesson__actions">
            <Button onClick={cancel}>{t('cancel')}</Button>
            <Button variant="primary" onClick={() => start(lesson)}>
              {t('start')}
            </Button>
          </div>
        </>
      ) : phase === 'resume' ? (
        <>
          <h2 id={titleId} ref={heading} tabIndex={-1} className="lesson__title">
            {t('resumeTitle')}
          </h2>
          <div className="lesson__body">
            <p>{t('resumeBody')}</p>
          </div>
          <div className="lesson__actions">
            <Button onClick={discard}>{t('resumeDiscard')}</Button>
            <Button variant="primary" onClick={leave}>
              {t('resumeRestore')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <ol className="lesson__progress" aria-label={t('steps')}>
            {lesson.steps.map((s, i) => (
              <li
                key={s.id}
                className={i === step ? 'lesson__dot lesson__dot--current' : i < step ? 'lesson__dot lesson__dot--done' : 'lesson__dot'}
                aria-current={i === step ? 'step' : undefined}
              >
                <VisuallyHidden>{`${i + 1}. ${s.title}`}</VisuallyHidden>
              </li>
            ))}
          </ol>
          <p className="lesson__step-of">{t('stepOf', { n: step + 1, total: lesson.steps.length })}</p>
          <h2 id={titleId} ref={heading} tabIndex={-1} className="lesson__title">
            {current.title}
          </h2>
          {current.id === 'quiz' ? <Quiz questions={lesson.quiz} /> : <StepView step={current} />}
          <div className="lesson__actions">
            <Button disabled={step === 0} onClick={() => goTo(step - 1, lesson)}>
              {t('back')}
            </Button>
            {last ? null : (
              <Button variant="primary" onClick={() => goTo(step + 1, lesson)}>
                {t('next')}
              </Button>
            )}
            <Button className="lesson__leave" title={t('leaveHint')} onClick={leave}>
              {t('leave')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
