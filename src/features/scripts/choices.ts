import type { Vm } from '../../core/topology/schema';
import { parseOpenPorts } from '../../core/scripts/openPorts';
import { DOC_EXACT_FLAVORS, defaultFlavor, type Flavor, type ScriptOptions } from '../../core/scripts/types';

/** What the user picked in the Scripts tab; undefined fields fall back to defaults. */
export interface ScriptChoices {
  /** Per VM, a flavour the user picked instead of the OS default. */
  flavorByVm: Readonly<Record<string, Flavor>>;
  rollback: boolean;
  docExact: boolean;
  noPersist: boolean;
  /** HA-ports rules: "Open only these ports", as typed (`tcp/443, udp/53`); empty opens every port. */
  openPorts: string;
}

export const INITIAL_CHOICES: ScriptChoices = { flavorByVm: {}, rollback: false, docExact: false, noPersist: false, openPorts: '' };

/** True when the typed ports are empty (every port) or a list the core reads; false for a typo, which is not applied. */
export function openPortsValid(text: string): boolean {
  return text.trim() === '' || parseOpenPorts(text) !== undefined;
}

/**
 * The VM whose script is shown: the user's pick while it still exists, else the VM selected on the canvas, else the first.
 * @example pickVm(['VM1', 'VM2'], undefined, 'VM2') // 'VM2'
 */
export function pickVm(names: readonly string[], chosen: string | undefined, selected: string | undefined): string | undefined {
  if (chosen !== undefined && names.includes(chosen)) return chosen;
  if (selected !== undefined && names.includes(selected)) return selected;
  return names[0];
}

/** The flavour a VM's script is written in: the user's pick for that VM, else the default for its OS. */
export function flavorFor(vm: Vm, choices: ScriptChoices): Flavor {
  // Own picks only: a VM named "constructor" or "__proto__" would otherwise get one of Object.prototype's members.
  return Object.hasOwn(choices.flavorByVm, vm.name) ? choices.flavorByVm[vm.name]! : defaultFlavor(vm.os);
}

/** True when the Learn page shows commands for this flavour, so doc-exact can be offered. */
export function docExactSupported(flavor: Flavor): boolean {
  return DOC_EXACT_FLAVORS.includes(flavor);
}

/** The core's options for the current choices; doc-exact is dropped where the flavour has no doc-exact form, a malformed port list too. */
export function scriptOptions(flavor: Flavor, choices: ScriptChoices): ScriptOptions {
  return {
    flavor,
    rollback: choices.rollback,
    docExact: choices.docExact && docExactSupported(flavor),
    persist: !choices.noPersist,
    ...(choices.openPorts.trim() && parseOpenPorts(choices.openPorts) ? { openPorts: parseOpenPorts(choices.openPorts) } : {}),
  };
}
