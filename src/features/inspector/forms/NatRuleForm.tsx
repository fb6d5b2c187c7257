import type { InboundNatRule } from '../../../core/topology/schema';
import { useT } from '../../../i18n/useT';
import { useTopologyStore } from '../../../store/topologyStore';
import { SelectField } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { messages } from '../messages';
import { usePatch } from '../useEdit';
import { ConnectionSettings } from './ConnectionSettings';
import { GoToButton } from './GoToButton';
import { NameField } from './NameField';
import { NatRulePorts } from './NatRulePorts';
import { NatTarget } from './NatTarget';
import { referenceOptions } from './references';

/** Edits an inbound NAT rule: frontend, target VM and IP configuration, protocol and ports, floating IP, connection settings. */
export function NatRuleForm({ rule }: { rule: InboundNatRule }) {
  const t = useT(messages);
  const frontends = useTopologyStore((s) => s.topology.frontends);
  const patch = usePatch('natRule', rule.name);
  return (
    <>
      <NameField kind="natRule" name={rule.name} />
      <SelectField
        label={t('frontend')}
        value={rule.frontend}
        options={referenceOptions(t('notConnected'), frontends, (f) => `${f.name} (${f.ip})`)}
        onChange={(frontend) => patch({ frontend })}
      />
      {frontends.some((f) => f.name === rule.frontend) && <GoToButton kind="frontend" name={rule.frontend} label={t('editFrontend')} />}
      <NatTarget rule={rule} />
      <NatRulePorts rule={rule} />
      <SwitchField
        label={t('floatingIp')}
        asSwitch
        checked={rule.floatingIp}
        onChange={(floatingIp) => patch({ floatingIp })}
        hint={t(rule.floatingIp ? 'natFloatingOnHint' : 'natFloatingOffHint')}
      />
      <ConnectionSettings values={rule} onPatch={patch} />
    </>
  );
}
