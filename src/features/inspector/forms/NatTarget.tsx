import { setNatTarget, targetVm } from '../../../core/edit/natUpkeep';
import type { InboundNatRule } from '../../../core/topology/schema';
import { useLanguage, useT } from '../../../i18n/useT';
import { applyInLb, useLbTopology } from '../../../store/lbFocus';
import { SelectField } from '../fields/SelectField';
import { messages } from '../messages';
import { GoToButton } from './GoToButton';
import { ipConfigOptions, memberChoice, memberFor } from './members';
import { referenceOptions } from './references';

/** The VM a NAT rule forwards to, and which of its IP configurations (like a pool member's). */
export function NatTarget({ rule }: { rule: InboundNatRule }) {
  const t = useT(messages);
  const language = useLanguage();
  const vms = useLbTopology().vms;
  const name = rule.target === undefined ? '' : targetVm(rule.target);
  const vm = vms.find((v) => v.name === name);
  // Each choice is one apply, so one undo step; choosing a VM starts on its primary IP configuration.
  const setTarget = (target: InboundNatRule['target']) => applyInLb((t) => setNatTarget(t, rule.name, target));
  return (
    <>
      <SelectField
        label={t('natTarget')}
        value={name}
        options={referenceOptions(t('notConnected'), vms, (v) => `${v.name} (${v.nic.ip})`)}
        onChange={(choice) => setTarget(choice === '' ? undefined : choice)}
        hint={t('natTargetHint')}
      />
      {rule.target !== undefined && (
        <SelectField
          label={t('natTargetConfig')}
          value={memberChoice(rule.target, vm)}
          options={ipConfigOptions(vm, language)}
          onChange={(choice) => setTarget(memberFor(name, choice))}
        />
      )}
      {vm && <GoToButton kind="vm" name={vm.name} label={t('editVm')} />}
    </>
  );
}
