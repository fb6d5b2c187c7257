import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { useTopologyStore } from '../../store/topologyStore';
import { messages } from './messages';
import { Starts } from './Starts';
import { isFirstVisit, rememberWelcomeDismissed } from './welcomeFlag';
import { Button } from '../../lib/ui/Button';
import './welcome.css';

export interface WelcomeBannerProps {
  /** The app's New command. */
  onNew: () => void;
  /** Opens the guided lesson. */
  onLesson: () => void;
}

/**
 * The first visit's orientation: what Floatplan is in one line and three ways to start. A non-modal banner above
 * the workspace (the canvas stays usable beneath it); Escape or the close button dismisses it, and so does choosing a
 * start, for good (remembered in this browser).
 */
export function WelcomeBanner({ onNew, onLesson }: WelcomeBannerProps) {
  const t = useT(messages);
  const leadId = useId();
  // Decided once, at the first render: start-up has restored any saved work by then.
  const [shown, setShown] = useState(() => isFirstVisit(useTopologyStore.getState().topology, DEFAULT_TOPOLOGY));
  if (!shown) return null;
  const dismiss = () => {
    rememberWelcomeDismissed();
    setShown(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    dismiss();
  };
  return (
    <section className="welcome" aria-label={t('region')} aria-describedby={leadId} onKeyDown={onKeyDown}>
      <p id={leadId} className="welcome__lead">
        {t('lead')}
      </p>
      <Starts onEmpty={onNew} onLesson={onLesson} onChosen={dismiss} size="sm" />
      <Button variant="quiet" size="sm" className="welcome__close" aria-label={t('dismiss')} title={t('dismiss')} onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </Button>
    </section>
  );
}
