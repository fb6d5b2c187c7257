import type { Rule } from '../../../core/topology/schema';
import { ConnectionSettings } from './ConnectionSettings';
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
    <ConnectionSettings values={rule} onPatch={patch}>
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
    </ConnectionSettings>
  );
}
