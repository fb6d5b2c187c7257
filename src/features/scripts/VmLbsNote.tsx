import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** Which load balancers send the VM traffic (shown when the topology has several). */
export function VmLbsNote({ vm, behind }: { vm: string; behind: readonly string[] }) {
  const t = useT(messages);
  return (
    <p className="scripts-note" data-behind-lbs={behind.join(' ')}>
      {behind.length === 0 ? t('behindNone', { vm }) : t('behindLbs', { vm, names: behind.join(', ') })}
    </p>
  );
}
