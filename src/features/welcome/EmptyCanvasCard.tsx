import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { Starts } from './Starts';
import './welcome.css';

/**
 * What an empty canvas shows (the canvas draws it only while the topology has no element): the same three starts as
 * the first visit. "Start from empty" puts the card away for this empty canvas, leaving the palette and the canvas.
 */
export function EmptyCanvasCard({ onLesson }: { onLesson: () => void }) {
  const t = useT(messages);
  const titleId = useId();
  const [away, setAway] = useState(false);
  if (away) return null;
  return (
    <section className="welcome-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="welcome-card__title">
        {t('emptyTitle')}
      </h2>
      <p className="welcome-card__body">{t('emptyBody')}</p>
      <Starts onEmpty={() => setAway(true)} onLesson={onLesson} />
    </section>
  );
}
