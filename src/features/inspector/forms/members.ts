import { fill, type Locale } from '../../../core/i18n/locale';
import type { PoolMember, Vm } from '../../../core/topology/schema';
import { messages } from '../messages';

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

/** The IP configurations a member (or a NAT rule's target) can point at, primary first, labelled in `locale`. */
export function ipConfigOptions(vm: Vm | undefined, locale: Locale = 'en'): { value: string; label: string }[] {
  const m = messages[locale];
  if (!vm) return [{ value: '', label: m['config.vmMissing'] }];
  return [
    { value: '', label: fill(m['config.primary'], { ip: vm.nic.ip }) },
    ...(vm.nic.secondaryIps ?? []).map((ip) => ({ value: ip, label: fill(m['config.secondary'], { ip }) })),
  ];
}
