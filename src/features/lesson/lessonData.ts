import type { Locale } from '../../core/i18n/locale';
import { buildQuiz, type QuizQuestion } from '../../core/lesson/quiz';
import { lessonSteps, type LessonStep } from '../../core/lesson/steps';
import { lessonTopologies, type LessonTopologies } from '../../core/lesson/topologies';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';

/** Everything the lesson shows in one language. */
export interface LessonData {
  topologies: LessonTopologies;
  steps: LessonStep[];
  quiz: QuizQuestion[];
}

const cache = new Map<Locale, LessonData>();

/**
 * The lesson built from the embedded type 2 example, once per language: the same topology objects come back each
 * time, so "is the canvas still showing this step's topology?" is an identity check.
 */
export function lessonData(locale: Locale): LessonData {
  let data = cache.get(locale);
  if (!data) {
    const topologies = lessonTopologies(DEFAULT_TOPOLOGY, locale);
    data = { topologies, steps: lessonSteps(DEFAULT_TOPOLOGY, locale), quiz: buildQuiz(topologies, locale) };
    cache.set(locale, data);
  }
  return data;
}
