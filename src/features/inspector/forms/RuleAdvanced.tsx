import type { Rule } from '../../../core/topology/schema';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { usePatch } from '../useEdit';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';

const DISTRIBUTIONS = [
  { value: 'Default', label: 'distDefault' },
  { value: 'SourceIP', label: 'distSourceIp' },
  { value: 'SourceIPProtocol', label: 'distSourceIpProtocol' },
] as const;

/** The optional rule settings; an unset value shows Azure's default. */
export function RuleAdvanced({ rule }: { rule: Rule }) {
  const t = useT(messages);
  const patch = usePatch('rule', rule.name);
  return (
    <fieldset className="inspector__group">
      <legend>{t('connectionSettings')}</legend>
      <NumberField
        label={t('idleTimeout')}
        optional
        example="4"
        value={rule.idleTimeoutMinutes}
        placeholder={t('idleDefault')}
        hint={t('idleHint')}
        onCommit={(idleTimeoutMinutes) => patch({ idleTimeoutMinutes })}
      />
      <SwitchField label={t('tcpReset')} checked={rule.enableTcpReset ?? false} onChange={(enableTcpReset) => patch({ enableTcpReset })} />
      <SelectField
        label={t('loadDistribution')}
        value={rule.loadDistribution ?? 'Default'}
        options={DISTRIBUTIONS.map((d) => ({ value: d.value, label: t(d.label) }))}
        onChange={(value) => patch({ loadDistribution: value as Rule['loadDistribution'] })}
      />
      <SwitchField
        label={t('disableSnat')}
        checked={rule.disableOutboundSnat ?? false}
        onChange={(disableOutboundSnat) => patch({ disableOutboundSnat })}
      />
    </fieldset>
  );
}
