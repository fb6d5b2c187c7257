import type { Rule } from '../../../core/topology/schema';
import { useLbTopology } from '../../../store/lbFocus';
import { usePatch } from '../useEdit';
import { FloatingIpField } from './FloatingIpField';
import { NameField } from './NameField';
import { FrontendReference, ReferenceField } from './ReferenceField';
import { RuleAdvanced } from './RuleAdvanced';
import { RulePorts } from './RulePorts';
import { RuleProbe } from './RuleProbe';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';

/** Edits a load-balancing rule: wiring, protocol and ports, floating IP, probe and the finer settings. */
export function RuleForm({ rule }: { rule: Rule }) {
  const t = useT(messages);
  const pools = useLbTopology().backendPools;
  const patch = usePatch('rule', rule.name);
  return (
    <>
      <NameField kind="rule" name={rule.name} />
      <FrontendReference value={rule.frontend} onChange={(frontend) => patch({ frontend })} />
      <ReferenceField
        label={t('backendPool')}
        value={rule.backendPool}
        items={pools}
        describe={(p) => t('poolOption', { name: p.name, n: p.members.length })}
        onChange={(backendPool) => patch({ backendPool })}
        goTo={{ kind: 'backendPool', label: t('editPool') }}
      />
      <RulePorts rule={rule} />
      <FloatingIpField kind="rule" checked={rule.floatingIp} onChange={(floatingIp) => patch({ floatingIp })} />
      <RuleProbe rule={rule} />
      <RuleAdvanced rule={rule} />
    </>
  );
}
