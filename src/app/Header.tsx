import { LessonButton } from '../features/lesson/LessonButton';
import { useT } from '../i18n/useT';
import { NARROW, useMediaQuery } from '../lib/useMediaQuery';
import { useTopologyStore } from '../store/topologyStore';
import { HistoryButtons } from './HistoryButtons';
import { LanguagePicker } from './LanguagePicker';
import { messages } from './messages';
import { PhoneMenu } from './PhoneMenu';
import { ThemePicker } from './ThemePicker';
import { Toolbar } from './Toolbar';

/**
 * The header: one row of fixed height at every width, whatever the topology's name (one line, ellipsis, the whole
 * name in its tooltip). Wide: examples, File menu, Undo/Redo, then apart at the right the lesson (learning, not a
 * file action), language and theme. On a phone: the name, Undo/Redo and one Menu button for the rest.
 */
export function Header() {
  const t = useT(messages);
  const name = useTopologyStore((s) => s.topology.name);
  const narrow = useMediaQuery(NARROW);
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <h1 className="app-title">Floatplan</h1>
        <section className="app-topology" aria-label={t('topology')}>
          <p className="app-tagline" title={name}>
            {name}
          </p>
          {narrow ? <HistoryButtons /> : <Toolbar />}
        </section>
        {narrow ? (
          <PhoneMenu />
        ) : (
          <>
            <div className="app-header__end">
              <div className="app-learn">
                <LessonButton />
              </div>
              <LanguagePicker />
              <ThemePicker />
            </div>
          </>
        )}
      </div>
    </header>
  );
}
