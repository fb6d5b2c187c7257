import { useT } from '../../../i18n/useT';
import { SwitchField } from '../fields/SwitchField';
import { messages } from '../messages';

/** What each setting means, per kind of rule: a NAT rule's floating IP reaches one VM, a rule's the whole pool. */
const HINTS = {
  rule: { on: 'floatingOnHint', off: 'floatingOffHint' },
  natRule: { on: 'natFloatingOnHint', off: 'natFloatingOffHint' },
} as const;

interface FloatingIpFieldProps {
  kind: keyof typeof HINTS;
  checked: boolean;
  onChange: (floatingIp: boolean) => void;
}

/** The floating IP switch of a load-balancing or inbound NAT rule, with a hint about the current setting. */
export function FloatingIpField({ kind, checked, onChange }: FloatingIpFieldProps) {
  const t = useT(messages);
  return (
    <SwitchField label={t('floatingIp')} asSwitch checked={checked} onChange={onChange} hint={t(HINTS[kind][checked ? 'on' : 'off'])} />
  );
}
