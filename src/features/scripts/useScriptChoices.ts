import { useState } from 'react';
import type { Flavor } from '../../core/scripts/types';
import type { Vm } from '../../core/topology/schema';
import { useUiStore } from '../../store/uiStore';
import { flavorFor, INITIAL_CHOICES, pickVm, type ScriptChoices } from './choices';

/** The Scripts tab's choices: which VM (following the canvas selection), its flavour and the toggles. */
export function useScriptChoices(vms: readonly Vm[]) {
  const first = useUiStore((s) => s.selection[0]);
  const selectedVm = first?.kind === 'vm' ? first.name : undefined;
  const [chosenVm, setChosenVm] = useState<string | undefined>(undefined);
  const [followed, setFollowed] = useState(selectedVm);
  const [choices, setChoices] = useState<ScriptChoices>(INITIAL_CHOICES);

  // Selecting a VM on the canvas shows its script, even after a pick here (React's "adjust state on change" pattern).
  if (selectedVm !== followed) {
    setFollowed(selectedVm);
    if (selectedVm !== undefined) setChosenVm(selectedVm);
  }

  const name = pickVm(
    vms.map((v) => v.name),
    chosenVm,
    selectedVm,
  );
  const vm = vms.find((v) => v.name === name);
  return {
    vm,
    choices,
    flavor: vm ? flavorFor(vm, choices) : undefined,
    chooseVm: setChosenVm,
    chooseFlavor: (vmName: string, flavor: Flavor) => setChoices((c) => ({ ...c, flavorByVm: { ...c.flavorByVm, [vmName]: flavor } })),
    toggle: (key: 'rollback' | 'docExact' | 'noPersist', on: boolean) => setChoices((c) => ({ ...c, [key]: on })),
    setOpenPorts: (openPorts: string) => setChoices((c) => ({ ...c, openPorts })),
  };
}
