import type { Rule } from '../../../core/topology/schema';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { usePatch } from '../useEdit';

const DISTRIBUTIONS = [
  { value: 'Default', label: 'Default (5-tuple hash)' },
  { value: 'SourceIP', label: 'Source IP (2-tuple)' },
  { value: 'SourceIPProtocol', label: 'Source IP and protocol (3-tuple)' },
];

/** The optional rule settings; an unset value shows Azure's default. */
export function RuleAdvanced({ rule }: { rule: Rule }) {
  const patch = usePatch('rule', rule.name);
  return (
    <fieldset className="inspector__group">
      <legend>Connection settings</legend>
      <NumberField
        label="Idle timeout (minutes)"
        optional
        example="4"
        value={rule.idleTimeoutMinutes}
        placeholder="4 (default)"
        hint="4 to 100 minutes; leave empty for the default of 4."
        onCommit={(idleTimeoutMinutes) => patch({ idleTimeoutMinutes })}
      />
      <SwitchField label="TCP reset on idle" checked={rule.enableTcpReset ?? false} onChange={(enableTcpReset) => patch({ enableTcpReset })} />
      <SelectField
        label="Load distribution"
        value={rule.loadDistribution ?? 'Default'}
        options={DISTRIBUTIONS}
        onChange={(value) => patch({ loadDistribution: value as Rule['loadDistribution'] })}
      />
      <SwitchField
        label="Disable outbound SNAT"
        checked={rule.disableOutboundSnat ?? false}
        onChange={(disableOutboundSnat) => patch({ disableOutboundSnat })}
      />
    </fieldset>
  );
}
