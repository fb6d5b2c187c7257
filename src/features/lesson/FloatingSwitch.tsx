import { LESSON_CONFLICT_CODE } from '../../core/lesson/steps';
import { lessonRules } from '../../core/lesson/topologies';
import { lbView } from '../../core/topology/design';
import type { Topology } from '../../core/topology/schema';
import { useLanguage, useT } from '../../i18n/useT';
import { useAnalysis } from '../../store/analysis';
import { useTopologyStore } from '../../store/topologyStore';
import { switchLessonFloatingIp } from './lessonSwitch';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';

function rulesOf(t: Topology) {
  try {
    return lessonRules(lbView(t, 0));
  } catch {
    return undefined; // the learner removed or changed the lesson's rules
  }
}

/** The learner's floating IP switch for the lesson's two rules: an undoable edit through the topology store. */
export function FloatingSwitch() {
  const t = useT(messages);
  const language = useLanguage();
  const topology = useTopologyStore((s) => s.topology);
  const apply = useTopologyStore((s) => s.apply);
  const conflict = useAnalysis().diagnostics.some((d) => d.code === LESSON_CONFLICT_CODE);
  const rules = rulesOf(topology);
  if (!rules) return <p className="lesson__status">{t('switchMissing')}</p>;
  const names = rules.map((r) => r.name).join(', ');
  const on = rules.every((r) => r.floatingIp);
  return (
    <div className="lesson__switch">
      <Button variant={on ? 'default' : 'primary'} onClick={() => apply((x) => switchLessonFloatingIp(x, !on, language))}>
        {on ? t('switchOff') : t('switchOn', { rules: names })}
      </Button>
      <p className="lesson__status" role="status">
        {on && !conflict
          ? t('switchIsOn', { rules: names, code: LESSON_CONFLICT_CODE })
          : t('switchIsOff', { rules: names, code: LESSON_CONFLICT_CODE })}
      </p>
    </div>
  );
}
