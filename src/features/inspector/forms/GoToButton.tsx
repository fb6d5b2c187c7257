import type { ElementKind } from '../../../core/diagnostics/diagnostic';
import { useLbTopology } from '../../../store/lbFocus';
import { revealSelection } from '../../../store/revealSelection';
import { useUiStore } from '../../../store/uiStore';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { Button } from '../../../lib/ui/Button';

/** Moves the inspector to a referenced element of the focused load balancer, or a VM (and asks the canvas to reveal it). */
export function GoToButton({ kind, name, label }: { kind: ElementKind; name: string; label: string }) {
  const t = useT(messages);
  const select = useUiStore((s) => s.select);
  const lb = useLbTopology().loadBalancer.name;
  if (name === '') return null;
  return (
    <Button
      size="sm"
      onClick={() => {
        select([kind === 'vm' ? { kind, name } : { kind, name, loadBalancer: lb }]);
        revealSelection();
      }}
    >
      {t('edit', { what: label, name })}
    </Button>
  );
}
