import { useId, useMemo } from 'react';
import { defaultFlavor, FLAVORS, type Flavor } from '../../core/scripts/types';
import type { Vm } from '../../core/topology/schema';
import { docExactSupported, type ScriptChoices } from './choices';
import { Toggle } from './Toggle';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { Select } from '../../lib/ui/Field';
import { Combobox } from '../../lib/ui/Combobox';
import { Callout } from '../../lib/ui/Callout';

interface ScriptControlsProps {
  vms: readonly Vm[];
  vm: Vm;
  flavor: Flavor;
  choices: ScriptChoices;
  onVm: (name: string) => void;
  onFlavor: (flavor: Flavor) => void;
  onToggle: (key: 'rollback' | 'docExact' | 'noPersist', on: boolean) => void;
}

/** The VM, its flavour and the rollback / doc-exact / no-persist toggles. */
export function ScriptControls({ vms, vm, flavor, choices, onVm, onFlavor, onToggle }: ScriptControlsProps) {
  const t = useT(messages);
  const id = useId();
  const docExactOk = docExactSupported(flavor);
  const windows = flavor.startsWith('windows');
  // One item list per VM list: a large topology has hundreds of VMs, which every render would otherwise compare.
  const vmItems = useMemo(() => vms.map((v) => ({ value: v.name, label: `${v.name} (${v.os})` })), [vms]);
  return (
    <div className="scripts-controls">
      <div className="scripts-controls__pickers">
        {/* A searchable picker, not a <select>: hundreds of options cost a restyle whenever the tab is shown again. */}
        <Combobox
          label={t('vm')}
          items={vmItems}
          value={vm.name}
          onChange={onVm}
          moreText={(count) => t('vmMore', { count })}
          noneText={(query) => t('vmNone', { query })}
          toggleLabel={t('vmShowAll')}
          inputProps={{ 'data-script-vm': '' }}
        />
        <label htmlFor={`${id}-flavor`}>{t('flavour')}</label>
        <Select id={`${id}-flavor`} value={flavor} onChange={(e) => onFlavor(e.target.value as Flavor)}>
          {FLAVORS.map((f) => (
            <option key={f} value={f}>
              {f === defaultFlavor(vm.os) ? t('defaultFor', { flavor: f, os: vm.os }) : f}
            </option>
          ))}
        </Select>
      </div>
      <div className="scripts-controls__toggles">
        <Toggle label={t('rollback')} hint={t('rollbackHint')} checked={choices.rollback} onChange={(on) => onToggle('rollback', on)} />
        <Toggle
          label={t('docExact')}
          hint={t(docExactOk ? 'docExactHint' : 'docExactUnsupported')}
          checked={choices.docExact && docExactOk}
          disabled={!docExactOk}
          onChange={(on) => onToggle('docExact', on)}
        >
          {choices.docExact && docExactOk && (
            <Callout as="span" tone="warning" className="scripts-warning">
              {t('docExactWarning')}
            </Callout>
          )}
        </Toggle>
        <Toggle
          label={t('noPersist')}
          hint={t(windows ? 'noPersistWindows' : 'noPersistHint')}
          checked={choices.noPersist}
          onChange={(on) => onToggle('noPersist', on)}
        />
      </div>
    </div>
  );
}
