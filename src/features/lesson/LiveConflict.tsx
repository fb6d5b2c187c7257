import { messageOf } from '../../core/diagnostics/diagnostic';
import { LESSON_CONFLICT_CODE } from '../../core/lesson/steps';
import { useLanguage, useT } from '../../i18n/useT';
import { useAnalysis } from '../../store/analysis';
import { revealSelection } from '../../store/revealSelection';
import { useUiStore } from '../../store/uiStore';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';

/** The canvas's diagnostics with the lesson's code, straight from the planner's analysis (in the UI's language), with a way to show them. */
export function LiveConflict() {
  const t = useT(messages);
  const language = useLanguage();
  const found = useAnalysis().diagnostics.filter((d) => d.code === LESSON_CONFLICT_CODE);
  const select = useUiStore((s) => s.select);
  if (found.length === 0) return <p className="lesson__status">{t('noConflict', { code: LESSON_CONFLICT_CODE })}</p>;
  return (
    <ul className="lesson__diagnostics">
      {found.map((d, i) => (
        <li key={i} className="lesson__diagnostic" data-code={d.code}>
          <p className="lesson__diagnostic-head">
            <span className="lesson__badge">{t('error')}</span> <code>{d.code}</code>
          </p>
          <p className="lesson__diagnostic-text">{messageOf(d, language)}</p>
          <Button
            onClick={() => {
              select(d.refs);
              revealSelection();
            }}
          >
            {t('showOnCanvas')}
          </Button>
        </li>
      ))}
    </ul>
  );
}
