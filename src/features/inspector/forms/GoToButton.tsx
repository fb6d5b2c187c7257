import type { ElementKind } from '../../../core/diagnostics/diagnostic';
import { revealSelection } from '../../../store/revealSelection';
import { useUiStore } from '../../../store/uiStore';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';

/** Moves the inspector to a referenced element (and asks the canvas to reveal it). */
export function GoToButton({ kind, name, label }: { kind: ElementKind; name: string; label: string }) {
  const t = useT(messages);
  const select = useUiStore((s) => s.select);
  if (name === '') return null;
  return (
    <button
      type="button"
      className="inspector__button inspector__button--small"
      onClick={() => {
        select([{ kind, name }]);
        revealSelection();
      }}
    >
      {t('edit', { what: label, name })}
    </button>
  );
}
