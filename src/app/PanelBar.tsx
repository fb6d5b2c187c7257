import { useT } from '../i18n/useT';
import { Button } from '../lib/ui/Button';
import { messages } from './messages';

interface PanelBarProps {
  title: string;
  /** The region fills the workspace now. */
  pressed: boolean;
  onToggle: () => void;
}

/** A region's thin title bar with its maximise toggle (a toggle button: aria-pressed says whether it is maximised). */
export function PanelBar({ title, pressed, onToggle }: PanelBarProps) {
  const t = useT(messages);
  return (
    <div className="app-region__bar">
      <span className="app-region__title">{title}</span>
      <Button
        size="sm"
        variant="quiet"
        className="app-region__toggle"
        aria-pressed={pressed}
        aria-label={t('maximise', { panel: title })}
        title={t('maximiseTitle', { panel: title })}
        onClick={onToggle}
      >
        <span aria-hidden="true">{pressed ? '⤡' : '⤢'}</span>
      </Button>
    </div>
  );
}
