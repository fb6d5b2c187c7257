import type { PoolMember, Vm } from '../../../core/topology/schema';

/** The VM a pool member names. */
export const memberVm = (m: PoolMember): string => (typeof m === 'string' ? m : m.vm);

/** The select value for a member's IP configuration: "" for the primary, else the address. */
export function memberChoice(m: PoolMember, vm: Vm | undefined): string {
  if (typeof m === 'string') return '';
  return vm && m.ip === vm.nic.ip ? '' : m.ip;
}

/**
 * The member to store for a choice: a plain VM name for the primary (the short form), `{ vm, ip }` otherwise.
 * @example memberFor('VM2', '10.0.0.15') // { vm: 'VM2', ip: '10.0.0.15' }
 */
export function memberFor(vm: string, choice: string): PoolMember {
  return choice === '' ? vm : { vm, ip: choice };
}

/** The IP configurations a member can point at, primary first. */
export function ipConfigOptions(vm: Vm | undefined): { value: string; label: string }[] {
  if (!vm) return [{ value: '', label: 'Primary (VM not found)' }];
  return [
    { value: '', label: `Primary (${vm.nic.ip})` },
    ...(vm.nic.secondaryIps ?? []).map((ip) => ({ value: ip, label: `Secondary ${ip}` })),
  ];
}
