import type { Locale } from '../../core/i18n/locale';
import { buildQuiz, type QuizQuestion } from '../../core/lesson/quiz';
import { lessonSteps, type LessonStep } from '../../core/lesson/steps';
import { lessonTopologies, type LessonTopologies } from '../../core/lesson/topologies';
import { lbView, migrateV1 } from '../../core/topology/design';
import type { Topology } from '../../core/topology/schema';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';

/** Everything the lesson shows in one language. */
export interface LessonData {
  /** The lesson's topologies in the one-load-balancer shape its core (steps, quiz) reads. */
  topologies: LessonTopologies;
  /** The same, as the documents the canvas shows (format v2, one load balancer). */
  designs: { readonly [K in keyof LessonTopologies]: Topology };
  steps: LessonStep[];
  quiz: QuizQuestion[];
}

const cache = new Map<Locale, LessonData>();

/**
 * The lesson built from the embedded type 2 example (its one load balancer), once per language: the same topology
 * objects come back each time, so "is the canvas still showing this step's topology?" is an identity check.
 */
export function lessonData(locale: Locale): LessonData {
  let data = cache.get(locale);
  if (!data) {
    const example = lbView(DEFAULT_TOPOLOGY, 0);
    const topologies = lessonTopologies(example, locale);
    const designs = {
      refused: migrateV1(topologies.refused),
      floating: migrateV1(topologies.floating),
      otherPort: migrateV1(topologies.otherPort),
      cluster: migrateV1(topologies.cluster),
    };
    data = { topologies, designs, steps: lessonSteps(example, locale), quiz: buildQuiz(topologies, locale) };
    cache.set(locale, data);
  }
  return data;
}
