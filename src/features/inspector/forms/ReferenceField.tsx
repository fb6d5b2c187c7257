import type { ElementKind } from '../../../core/diagnostics/diagnostic';
import { useT } from '../../../i18n/useT';
import { useLbTopology } from '../../../store/lbFocus';
import { SelectField } from '../fields/SelectField';
import { messages } from '../messages';
import { GoToButton } from './GoToButton';
import { referenceOptions } from './references';

interface ReferenceFieldProps<T extends { name: string }> {
  label: string;
  /** The referenced element's name, '' when not connected. */
  value: string;
  items: readonly T[];
  describe: (item: T) => string;
  onChange: (name: string) => void;
  /** Where the Edit button goes, shown while the reference names an existing element. */
  goTo: { kind: ElementKind; label: string };
}

/** A select over the elements a reference may name (or "not connected"), and a button to edit the named one. */
export function ReferenceField<T extends { name: string }>({ label, value, items, describe, onChange, goTo }: ReferenceFieldProps<T>) {
  const t = useT(messages);
  return (
    <>
      <SelectField label={label} value={value} options={referenceOptions(t('notConnected'), items, describe)} onChange={onChange} />
      {items.some((item) => item.name === value) && <GoToButton kind={goTo.kind} name={value} label={goTo.label} />}
    </>
  );
}

/** The frontend a load-balancing or inbound NAT rule listens on. */
export function FrontendReference({ value, onChange }: { value: string; onChange: (frontend: string) => void }) {
  const t = useT(messages);
  const frontends = useLbTopology().frontends;
  return (
    <ReferenceField
      label={t('frontend')}
      value={value}
      items={frontends}
      describe={(f) => `${f.name} (${f.ip})`}
      onChange={onChange}
      goTo={{ kind: 'frontend', label: t('editFrontend') }}
    />
  );
}
