import type { Rule } from '../../../core/topology/schema';
import { useTopologyStore } from '../../../store/topologyStore';
import { SelectField } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { usePatch } from '../useEdit';
import { GoToButton } from './GoToButton';
import { NameField } from './NameField';
import { referenceOptions } from './references';
import { RuleAdvanced } from './RuleAdvanced';
import { RulePorts } from './RulePorts';
import { RuleProbe } from './RuleProbe';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';

/** Edits a load-balancing rule: wiring, protocol and ports, floating IP, probe and the finer settings. */
export function RuleForm({ rule }: { rule: Rule }) {
  const t = useT(messages);
  const topology = useTopologyStore((s) => s.topology);
  const patch = usePatch('rule', rule.name);
  return (
    <>
      <NameField kind="rule" name={rule.name} />
      <SelectField
        label={t('frontend')}
        value={rule.frontend}
        options={referenceOptions(t('notConnected'), topology.frontends, (f) => `${f.name} (${f.ip})`)}
        onChange={(frontend) => patch({ frontend })}
      />
      {topology.frontends.some((f) => f.name === rule.frontend) && (
        <GoToButton kind="frontend" name={rule.frontend} label={t('editFrontend')} />
      )}
      <SelectField
        label={t('backendPool')}
        value={rule.backendPool}
        options={referenceOptions(t('notConnected'), topology.backendPools, (p) => t('poolOption', { name: p.name, n: p.members.length }))}
        onChange={(backendPool) => patch({ backendPool })}
      />
      {topology.backendPools.some((p) => p.name === rule.backendPool) && (
        <GoToButton kind="backendPool" name={rule.backendPool} label={t('editPool')} />
      )}
      <RulePorts rule={rule} />
      <SwitchField
        label={t('floatingIp')}
        asSwitch
        checked={rule.floatingIp}
        onChange={(floatingIp) => patch({ floatingIp })}
        hint={t(rule.floatingIp ? 'floatingOnHint' : 'floatingOffHint')}
      />
      <RuleProbe rule={rule} />
      <RuleAdvanced rule={rule} />
    </>
  );
}
