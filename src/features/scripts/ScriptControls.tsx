import { useId } from 'react';
import { defaultFlavor, FLAVORS, type Flavor } from '../../core/scripts/types';
import type { Vm } from '../../core/topology/schema';
import { docExactSupported, type ScriptChoices } from './choices';
import { Toggle } from './Toggle';

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
  const id = useId();
  const docExactOk = docExactSupported(flavor);
  const windows = flavor.startsWith('windows');
  return (
    <div className="scripts-controls">
      <div className="scripts-controls__pickers">
        <label htmlFor={`${id}-vm`}>VM</label>
        <select id={`${id}-vm`} className="app-select" value={vm.name} onChange={(e) => onVm(e.target.value)}>
          {vms.map((v) => (
            <option key={v.name} value={v.name}>
              {v.name} ({v.os})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-flavor`}>Flavour</label>
        <select id={`${id}-flavor`} className="app-select" value={flavor} onChange={(e) => onFlavor(e.target.value as Flavor)}>
          {FLAVORS.map((f) => (
            <option key={f} value={f}>
              {f === defaultFlavor(vm.os) ? `${f} (default for ${vm.os})` : f}
            </option>
          ))}
        </select>
      </div>
      <div className="scripts-controls__toggles">
        <Toggle label="Rollback" hint="removes what the script adds" checked={choices.rollback} onChange={(on) => onToggle('rollback', on)} />
        <Toggle
          label="Doc-exact"
          hint={docExactOk ? "the Learn page's commands, literally" : 'only windows-netsh and ubuntu'}
          checked={choices.docExact && docExactOk}
          disabled={!docExactOk}
          onChange={(on) => onToggle('docExact', on)}
        >
          {choices.docExact && docExactOk && (
            <span className="scripts-warning">
              Warning: the page&apos;s /24 mask makes the whole /24 local to the VM, so it can no longer reach neighbours in that
              range. Use it to compare, not to deploy.
            </span>
          )}
        </Toggle>
        <Toggle
          label="No persist"
          hint={windows ? 'no effect on Windows (netsh and the cmdlets persist)' : 'runtime only, writes no file'}
          checked={choices.noPersist}
          onChange={(on) => onToggle('noPersist', on)}
        />
      </div>
    </div>
  );
}
