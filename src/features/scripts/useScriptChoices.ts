import { useState } from 'react';
import type { Flavor } from '../../core/scripts/types';
import type { Vm } from '../../core/topology/schema';
import { useUiStore } from '../../store/uiStore';
import { flavorFor, INITIAL_CHOICES, pickVm, type ScriptChoices } from './choices';

/** The Scripts tab's choices: which VM (the store's scriptVm, which follows the canvas selection), its flavour and the toggles. */
export function useScriptChoices(vms: readonly Vm[]) {
  const first = useUiStore((s) => s.selection[0]);
  const selectedVm = first?.kind === 'vm' ? first.name : undefined;
  // In uiStore, so a VM's "Get script" (inspector, mapping cards) shows that VM even after another pick here.
  const chosenVm = useUiStore((s) => s.scriptVm);
  const chooseVm = useUiStore((s) => s.chooseScriptVm);
  const [choices, setChoices] = useState<ScriptChoices>(INITIAL_CHOICES);

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
    chooseVm,
    chooseFlavor: (vmName: string, flavor: Flavor) => setChoices((c) => ({ ...c, flavorByVm: { ...c.flavorByVm, [vmName]: flavor } })),
    toggle: (key: 'rollback' | 'docExact' | 'noPersist', on: boolean) => setChoices((c) => ({ ...c, [key]: on })),
    setOpenPorts: (openPorts: string) => setChoices((c) => ({ ...c, openPorts })),
  };
}
