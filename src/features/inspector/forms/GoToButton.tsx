import type { ElementKind } from '../../../core/diagnostics/diagnostic';
import { revealSelection } from '../../../store/revealSelection';
import { useUiStore } from '../../../store/uiStore';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { Button } from '../../../lib/ui/Button';

/** Moves the inspector to a referenced element (and asks the canvas to reveal it). */
export function GoToButton({ kind, name, label }: { kind: ElementKind; name: string; label: string }) {
  const t = useT(messages);
  const select = useUiStore((s) => s.select);
  if (name === '') return null;
  return (
    <Button
      size="sm"
      onClick={() => {
        select([{ kind, name }]);
        revealSelection();
      }}
    >
      {t('edit', { what: label, name })}
    </Button>
  );
}
