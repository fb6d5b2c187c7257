import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { openExample } from './openExample';
import { Button } from '../../lib/ui/Button';

export interface StartsProps {
  /** Start from empty (the banner: New; the card, on a canvas already empty: out of the way). */
  onEmpty: () => void;
  /** Open the guided lesson; the app shell hands it in, since features do not import each other. */
  onLesson: () => void;
  /** Runs after any start was chosen. */
  onChosen?: () => void;
  /** sm in the banner, which must stay short above the workspace. */
  size?: 'md' | 'sm';
}

/** The three starts, one group: an example, an empty canvas, the lesson. */
export function Starts({ onEmpty, onLesson, onChosen, size = 'md' }: StartsProps) {
  const t = useT(messages);
  const chosen = (run: () => unknown) => () => {
    run();
    onChosen?.();
  };
  return (
    <div className="welcome__starts" role="group" aria-label={t('starts')}>
      <Button variant="primary" size={size} onClick={chosen(openExample)}>
        {t('example')}
      </Button>
      <Button size={size} onClick={chosen(onEmpty)}>
        {t('empty')}
      </Button>
      <Button size={size} onClick={chosen(onLesson)}>
        {t('lesson')}
      </Button>
    </div>
  );
}
