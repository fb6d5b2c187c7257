import { LOCALES } from '../../core/i18n/locale';
import { setLessonFloatingIp } from '../../core/lesson/topologies';
import { inLb } from '../../core/topology/design';
import type { LbTopology, Topology } from '../../core/topology/schema';
import { lessonData } from './lessonData';

/**
 * Floating IP on or off on the lesson's two rules, with the topology's name and description following the switch:
 * the header read "floating IP off" after the learner had turned it on. A name the learner gave is kept, and the
 * lesson's name in either language is recognised (the learner may switch language in the middle of the lesson).
 * The lesson's topologies have one load balancer; the switch acts on the first.
 * @example switchLessonFloatingIp(refused, true, 'en').name // 'Lesson: two services on port 80, floating IP on'
 */
export function switchLessonFloatingIp(t: Topology, on: boolean, locale: (typeof LOCALES)[number]): Topology {
  return inLb(0, (view) => switchInView(view, on, locale))(t);
}

function switchInView(t: LbTopology, on: boolean, locale: (typeof LOCALES)[number]): LbTopology {
  const next = setLessonFloatingIp(t, on);
  const lessonNamed = LOCALES.some((l) => {
    const { refused, floating } = lessonData(l).topologies;
    return t.name === refused.name || t.name === floating.name;
  });
  if (!lessonNamed) return next;
  const like = on ? lessonData(locale).topologies.floating : lessonData(locale).topologies.refused;
  if (next.name === like.name && next.description === like.description) return next;
  return { ...next, name: like.name, description: like.description };
}
