import { useId } from 'react';
import { checkAnswer, score, type QuizQuestion } from '../../core/lesson/quiz';
import { useLanguage, useT } from '../../i18n/useT';
import { useLessonStore } from './lessonStore';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';
import { Endpoint } from '../../lib/ui/Endpoint';

/** The quiz: one group of choices per question; the first answer counts and gets feedback with an explanation. */
export function Quiz({ questions }: { questions: readonly QuizQuestion[] }) {
  const t = useT(messages);
  const answers = useLessonStore((s) => s.answers);
  const retry = useLessonStore((s) => s.retryQuiz);
  const answered = questions.filter((q) => q.id in answers).length;
  return (
    <div className="lesson__quiz">
      <p>{t('quizIntro')}</p>
      <ol className="lesson__questions">
        {questions.map((q, i) => (
          <Question key={q.id} question={q} n={i + 1} chosen={answers[q.id]} />
        ))}
      </ol>
      <p className="lesson__score" role="status">
        {answered === questions.length
          ? t('score', { score: score(questions, answers), total: questions.length })
          : t('answered', { answered, total: questions.length })}
      </p>
      {answered > 0 ? <Button onClick={retry}>{t('retry')}</Button> : null}
    </div>
  );
}

function Question({ question, n, chosen }: { question: QuizQuestion; n: number; chosen: string | undefined }) {
  const t = useT(messages);
  const language = useLanguage();
  const answer = useLessonStore((s) => s.answer);
  const promptId = useId();
  const feedback = chosen ? checkAnswer(question, chosen, language) : undefined;
  return (
    <li className="lesson__question" data-question={question.id}>
      <fieldset aria-describedby={promptId}>
        <legend>{t('question', { n })}</legend>
        <p id={promptId} className="lesson__prompt">
          {question.prompt}
        </p>
        <div className="lesson__choices">
          {question.choices.map((c) => {
            const state = !chosen
              ? ''
              : c.id === question.answer
                ? ' lesson__choice--right'
                : c.id === chosen
                  ? ' lesson__choice--wrong'
                  : '';
            return (
              <Button
                key={c.id}
                className={`lesson__choice${state}`}
                aria-pressed={c.id === chosen}
                // aria-disabled, not disabled: the clicked button keeps the focus once the question is answered.
                aria-disabled={chosen !== undefined}
                onClick={() => answer(question.id, c.id)}
              >
                <Endpoint>{c.text}</Endpoint>
              </Button>
            );
          })}
        </div>
      </fieldset>
      {feedback ? (
        <div
          className={feedback.correct ? 'lesson__feedback lesson__feedback--right' : 'lesson__feedback lesson__feedback--wrong'}
          role="status"
        >
          <p className="lesson__verdict">{feedback.verdict}</p>
          <p>{feedback.explanation}</p>
        </div>
      ) : null}
    </li>
  );
}
